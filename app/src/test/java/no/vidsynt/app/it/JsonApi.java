package no.vidsynt.app.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
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

/** The JSON API as one signed-in caller (HTTP Basic): GET, POST, PUT and DELETE with JSON bodies. */
public final class JsonApi {

    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final URI base;
    private final String authorization;

    public JsonApi(URI base, String username, String password) {
        this.base = base;
        this.authorization = "Basic "
                + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public HttpResponse<String> get(String path) {
        return send("GET", path, null, null);
    }

    public HttpResponse<String> post(String path, String json) {
        return send("POST", path, json, null);
    }

    public HttpResponse<String> post(String path, String json, String ifMatch) {
        return send("POST", path, json, ifMatch);
    }

    public HttpResponse<String> put(String path, String json) {
        return send("PUT", path, json, null);
    }

    public HttpResponse<String> put(String path, String json, String ifMatch) {
        return send("PUT", path, json, ifMatch);
    }

    public HttpResponse<String> delete(String path) {
        return send("DELETE", path, null, null);
    }

    public HttpResponse<String> send(String method, String path, String json, String ifMatch) {
        var builder = HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", authorization)
                .header("Accept", "application/json")
                .method(
                        method,
                        json == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (json != null) {
            builder.header("Content-Type", "application/json");
        }
        if (ifMatch != null) {
            builder.header("If-Match", ifMatch);
        }
        try {
            return CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static JsonObject object(HttpResponse<String> response) {
        JsonStructure json =
                Json.createReader(new StringReader(response.body())).read();
        return (JsonObject) json;
    }
}
