package no.vidsynt.app.it.selfstudy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** Calls the API as one demo person with HTTP Basic: GET, POST, PUT and DELETE with JSON bodies. */
final class ApiClient {

    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final URI base;
    private final String authorization;

    ApiClient(URI base, String username) {
        this.base = base;
        this.authorization = "Basic "
                + Base64.getEncoder().encodeToString((username + ":vidsynt-demo").getBytes(StandardCharsets.UTF_8));
    }

    HttpResponse<String> get(String path) {
        return send(builder(path).GET());
    }

    HttpResponse<byte[]> getBytes(String path) {
        try {
            return CLIENT.send(builder(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> post(String path, String json) {
        return send(builder(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json == null ? "" : json)));
    }

    HttpResponse<String> put(String path, String json) {
        return send(builder(path)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    HttpResponse<String> delete(String path) {
        return send(builder(path).DELETE());
    }

    private HttpRequest.Builder builder(String path) {
        return HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", authorization)
                .header("Accept", "application/json, application/problem+json, */*")
                // The API answers in bokmål unless asked; these tests read its English problem texts.
                .header("Accept-Language", "en");
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
