package no.vidsynt.app.it;

import jakarta.json.Json;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A small HTTP client for black-box tests of the running platform. */
public final class Http {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private final URI base;

    public Http(URI base) {
        this.base = base;
    }

    public HttpResponse<String> get(String path, String... headers) {
        // Generous: Payara builds the OpenAPI document on its first request, which takes long on a loaded machine.
        var builder = HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(120))
                .GET();
        if (headers.length > 0) {
            builder.headers(headers);
        }
        try {
            return CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("GET " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> getAs(String username, String password, String path) {
        String basic = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return get(path, "Authorization", "Basic " + basic, "Accept", "application/json");
    }

    public static JsonStructure json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).read();
    }
}
