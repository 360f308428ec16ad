package no.vidsynt.app.it.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import no.vidsynt.app.it.Http;
import no.vidsynt.app.it.TestDatabase;
import no.vidsynt.app.it.VidSyntDeployment;
import no.vidsynt.app.it.browser.Browser;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Cross-site request forgery against the API, in a real browser: an administrator is signed in, and a page of another
 * origin (a server this test runs on another port, and on the other host name) auto-submits forms to the API:
 * text/plain to the people import, form-encoded to cancelling a session. Nothing may change. The platform's own
 * script (same origin, with the header) still works, and so do HTTP Basic clients.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CrossSiteRequestIT {

    private static final String PASSWORD = "vidsynt-demo";
    private static final String CSV_HEAD = "username;name;email;language;roles;units\n";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return VidSyntDeployment.war();
    }

    @ArquillianResource
    URL url;

    @RegisterExtension
    final Browser browser = new Browser();

    private HttpServer attacker;

    @AfterEach
    void stopAttacker() {
        if (attacker != null) {
            attacker.stop(0);
        }
    }

    @Test
    void formsFromAnotherOriginChangeNothingWhileAnAdministratorIsSignedIn() throws Exception {
        URI app = url.toURI();
        Http http = new Http(app);
        long session = anOpenSession(http);
        String appRoot = app.toString().endsWith("/") ? app.toString() : app + "/";
        String otherHost = app.getHost().equals("localhost") ? "127.0.0.1" : "localhost";
        startAttacker(appRoot, session);

        browser.open(url);
        browser.signIn("ada", PASSWORD);

        // Same site, other port (the session cookie's SameSite does not help here), and another site.
        for (String attackerHost : List.of(app.getHost(), otherHost)) {
            String origin =
                    "http://" + attackerHost + ":" + attacker.getAddress().getPort();
            attack(origin + "/import");
            attack(origin + "/cancel");
        }

        try (var db = TestDatabase.connect();
                var people =
                        db.createStatement().executeQuery("SELECT COUNT(*) FROM person WHERE username = 'mallory'")) {
            people.next();
            assertThat(people.getInt(1)).as("no one was imported").isZero();
        }
        assertThat(status(http, session)).as("the session is not cancelled").isNotEqualTo("CANCELLED");
    }

    /**
     * Every other state-changing call the security report named, each sent by a page of another site as a form (the
     * only cross-site request that needs no CORS permission) in the two types the guard does not refuse outright:
     * text/plain and multipart. Each lands on the guard's 403 problem document, and the deactivation did not happen.
     */
    @Test
    void everyStateChangingCallTheReportNamedIsRefusedToAnotherSite() throws Exception {
        URI app = url.toURI();
        Http http = new Http(app);
        long session = anOpenSession(http);
        long lise = personId(http, "lise");
        String appRoot = app.toString().endsWith("/") ? app.toString() : app + "/";
        List<String> calls = List.of(
                "api/v1/people/" + lise + "/deactivate",
                "api/v1/people/" + lise + "/reactivate",
                "api/v1/sessions/" + session + "/booking",
                "api/v1/sessions/" + session + "/booking/accept",
                "api/v1/me/progress/1/done",
                "api/v1/selfstudy/pages/1/done",
                "api/v1/content/units/1/rollback",
                "api/v1/content/launches",
                "api/v1/calendar/feed",
                "api/v1/content/uploads");
        attacker = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        for (int i = 0; i < calls.size(); i++) {
            for (String type : List.of("text/plain", "multipart/form-data")) {
                serve(
                        "/" + i + "/" + type.replace('/', '-'),
                        "<form method='post' enctype='" + type + "' action='" + appRoot + calls.get(i)
                                + "'><input type='hidden' name='x' value='y'></form>");
            }
        }
        attacker.start();

        browser.open(url);
        browser.signIn("ada", PASSWORD);
        String origin = "http://" + app.getHost() + ":" + attacker.getAddress().getPort();
        for (int i = 0; i < calls.size(); i++) {
            for (String type : List.of("text/plain", "multipart/form-data")) {
                attack(origin + "/" + i + "/" + type.replace('/', '-'));
                String answer = browser.driver()
                        .findElement(org.openqa.selenium.By.tagName("body"))
                        .getText();
                assertThat(answer)
                        .as(calls.get(i) + " sent as " + type + " from another site")
                        .contains("\"status\":403")
                        .contains("must come from a page of this platform");
            }
        }
        try (var db = TestDatabase.connect();
                var active = db.createStatement().executeQuery("SELECT active FROM person WHERE id = " + lise)) {
            active.next();
            assertThat(active.getBoolean(1)).as("lise is still active").isTrue();
        }
    }

    @Test
    void thePlatformsOwnScriptsAndBasicClientsStillWork() throws Exception {
        URI app = url.toURI();
        Http http = new Http(app);
        long session = anOpenSession(http);
        browser.open(url);
        browser.signIn("ada", PASSWORD);

        Object withoutHeader = post("api/v1/sessions/" + session + "/cancel", false);
        assertThat(withoutHeader).as("same origin, but no header").isEqualTo(403L);
        Object withHeader = post("api/v1/sessions/" + session + "/cancel", true);
        assertThat(withHeader).isEqualTo(200L);
        assertThat(status(http, session)).isEqualTo("CANCELLED");

        HttpResponse<String> basic = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(app.resolve("api/v1/people/import?dryRun=true"))
                                .header(
                                        "Authorization",
                                        "Basic "
                                                + Base64.getEncoder()
                                                        .encodeToString(
                                                                ("ada:" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                                .header("Content-Type", "text/csv")
                                .POST(HttpRequest.BodyPublishers.ofString(
                                        CSV_HEAD + "basic;Basic Client;b@example.org;nb;learner;\n"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(basic.statusCode()).as(basic.body()).isEqualTo(200);
    }

    private Object post(String path, boolean withHeader) {
        String headers = withHeader ? "{'X-Requested-With': 'XMLHttpRequest'}" : "{}";
        return ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeAsyncScript("var done = arguments[arguments.length - 1];"
                        + "fetch('/" + path + "', {method: 'POST', credentials: 'same-origin', headers: " + headers
                        + "})"
                        + ".then(function (r) { done(r.status); }, function () { done(-1); });");
    }

    private void attack(String page) {
        browser.driver().get(page);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(driver -> driver.getCurrentUrl().contains("/api/v1/"));
    }

    private void startAttacker(String appRoot, long session) throws Exception {
        attacker = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        // text/plain sends "name=value": the '=' lands inside the display name, the rest is a valid CSV line.
        String importForm = "<form method='post' enctype='text/plain' action='" + appRoot
                + "api/v1/people/import?dryRun=false'><input type='hidden' name='" + CSV_HEAD
                + "mallory;Mallory' value='Mallory;mallory@example.org;nb;admin;'></form>";
        String cancelForm = "<form method='post' action='" + appRoot + "api/v1/sessions/" + session
                + "/cancel'><input type='hidden' name='x' value='y'></form>";
        serve("/import", importForm);
        serve("/cancel", cancelForm);
        attacker.start();
    }

    private void serve(String path, String form) {
        String page =
                "<!DOCTYPE html><html><body>" + form + "<script>document.forms[0].submit();</script></body></html>";
        attacker.createContext(path, exchange -> {
            byte[] body = page.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=UTF-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
    }

    private static long anOpenSession(Http http) {
        JsonArray sessions = (JsonArray) Http.json(http.getAs("tor", PASSWORD, "api/v1/sessions/teaching"));
        return sessions.getValuesAs(JsonObject.class).stream()
                .filter(s -> !"CANCELLED".equals(s.getString("status")))
                .mapToLong(s -> s.getJsonNumber("id").longValue())
                .max()
                .orElseThrow();
    }

    private static long personId(Http http, String username) {
        JsonObject page = (JsonObject) Http.json(http.getAs("ada", PASSWORD, "api/v1/people?q=" + username));
        return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(p -> username.equals(p.getString("username")))
                .mapToLong(p -> p.getJsonNumber("id").longValue())
                .findFirst()
                .orElseThrow();
    }

    private static String status(Http http, long session) {
        return ((JsonObject) Http.json(http.getAs("tor", PASSWORD, "api/v1/sessions/" + session))).getString("status");
    }
}
