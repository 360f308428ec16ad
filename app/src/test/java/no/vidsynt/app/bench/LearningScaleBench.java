package no.vidsynt.app.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Measures response times of one REST endpoint of a running VidSynt: signs in once through the sign-in form (as the
 * pages do; HTTP Basic would verify the PBKDF2 password hash on every call, about 190 ms here, and measure that
 * instead), warm-up calls, then the measured calls one after another, then p50/p95/p99. Plain JDK, so {@code bench/learning-scale.sh} runs it as a single source file
 * ({@code java LearningScaleBench.java ...}); it is not a test and no build runs it.
 *
 * <p>Arguments: base URL, user name, password, path, number of measured calls, number of warm-up calls.
 */
public final class LearningScaleBench {

    private LearningScaleBench() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 5) {
            System.err.println("usage: LearningScaleBench <base-url> <user> <password> <path> <calls> [warm-up]");
            System.exit(2);
        }
        URI uri = URI.create(args[0].replaceAll("/$", "") + args[3]);
        int calls = Integer.parseInt(args[4]);
        int warmUp = args.length > 5 ? Integer.parseInt(args[5]) : 50;
        HttpClient client = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .cookieHandler(new java.net.CookieManager())
                .build();
        signIn(client, URI.create(args[0].replaceAll("/$", "") + "/login.xhtml"), args[1], args[2]);
        HttpRequest request = HttpRequest.newBuilder(uri)
                .header("Accept", "application/json")
                .timeout(Duration.ofSeconds(60))
                .GET()
                .build();

        long bytes = 0;
        for (int i = 0; i < warmUp; i++) {
            bytes = check(client.send(request, HttpResponse.BodyHandlers.ofString()), uri)
                    .length();
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < calls; i++) {
            long start = System.nanoTime();
            check(client.send(request, HttpResponse.BodyHandlers.ofString()), uri);
            millis.add((System.nanoTime() - start) / 1_000_000.0);
        }
        Collections.sort(millis);
        double mean = millis.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        System.out.printf(
                "%s as %s: %d calls (after %d warm-up), response %d bytes%n", args[3], args[1], calls, warmUp, bytes);
        System.out.printf(
                "  p50 %.1f ms   p95 %.1f ms   p99 %.1f ms   mean %.1f ms   max %.1f ms%n",
                percentile(millis, 50),
                percentile(millis, 95),
                percentile(millis, 99),
                mean,
                millis.get(millis.size() - 1));
    }

    private static void signIn(HttpClient client, URI login, String user, String password) throws Exception {
        String page = client.send(HttpRequest.newBuilder(login).GET().build(), HttpResponse.BodyHandlers.ofString())
                .body();
        var viewState = java.util.regex.Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
                .matcher(page);
        if (!viewState.find()) {
            throw new IllegalStateException("No sign-in form at " + login);
        }
        String form = "signIn=signIn&signIn%3Ausername=" + encode(user) + "&signIn%3Apassword=" + encode(password)
                + "&signIn%3Asubmit=&jakarta.faces.ViewState=" + encode(viewState.group(1));
        HttpResponse<String> response = client.send(
                HttpRequest.newBuilder(login)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 302) {
            throw new IllegalStateException("Signing in as " + user + " failed: " + response.statusCode());
        }
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String check(HttpResponse<String> response, URI uri) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException(uri + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    /** Nearest-rank percentile of sorted values. */
    static double percentile(List<Double> sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}
