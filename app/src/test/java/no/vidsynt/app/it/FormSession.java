package no.vidsynt.app.it;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A browser-less session that signs in through the real sign-in page (a Faces form) and keeps its cookie. */
public final class FormSession {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final URI base;
    private final HttpClient client = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    public FormSession(URI base) {
        this.base = base;
    }

    /** Submits the sign-in form; returns the response to the POST (302 to the start page on success). */
    public HttpResponse<String> signIn(String username, String password) {
        String page = get("login.xhtml").body();
        Matcher viewState = VIEW_STATE.matcher(page);
        if (!viewState.find()) {
            throw new IllegalStateException("The sign-in page has no view state:\n" + page);
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("signIn", "signIn");
        form.put("signIn:username", username);
        form.put("signIn:password", password);
        form.put("signIn:submit", "");
        form.put("jakarta.faces.ViewState", viewState.group(1));
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(base.resolve("login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    /**
     * A POST as the platform's own scripts make it: the session cookie, the {@code X-Requested-With} header and this
     * origin; a JSON body or none.
     */
    public HttpResponse<String> post(String path, String json) {
        String origin = base.getScheme() + "://" + base.getAuthority();
        return send(HttpRequest.newBuilder(base.resolve(path))
                .header("X-Requested-With", "XMLHttpRequest")
                .header("Origin", origin)
                .header("Content-Type", "application/json")
                .POST(json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET().build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
