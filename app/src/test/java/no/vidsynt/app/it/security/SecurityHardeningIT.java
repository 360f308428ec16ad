package no.vidsynt.app.it.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.util.Base64;
import no.vidsynt.app.it.FormSession;
import no.vidsynt.app.it.Http;
import no.vidsynt.app.it.TestDatabase;
import no.vidsynt.app.it.VidSyntDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What a security test found beyond CSRF: the response headers and banner, who may read /metrics, and sign-in limits
 * that slow guessing per client address and per account without locking the owner out of their own browser.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityHardeningIT {

    private static final String PASSWORD = "vidsynt-demo";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return VidSyntDeployment.war();
    }

    @ArquillianResource
    URL url;

    @Test
    void pagesAndApiCarryTheSecurityHeadersAndNoBanner() throws Exception {
        Http http = new Http(url.toURI());
        for (HttpResponse<String> response :
                java.util.List.of(http.get("login.xhtml"), http.get("api/v1/programmes"))) {
            var headers = response.headers();
            assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(headers.firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
            assertThat(headers.firstValue("Permissions-Policy"))
                    .hasValueSatisfying(v -> assertThat(v).contains("camera=()"));
            assertThat(headers.firstValue("Server")).as("no server banner").isEmpty();
            assertThat(headers.firstValue("X-Powered-By")).isEmpty();
            assertThat(headers.firstValue("Strict-Transport-Security"))
                    .as("plain HTTP here")
                    .isEmpty();
        }
        var page = http.get("login.xhtml");
        assertThat(page.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(policy -> assertThat(policy)
                        .contains("default-src 'self'")
                        .contains("object-src 'none'")
                        .contains("frame-ancestors 'self'")
                        .contains("base-uri 'self'")
                        .contains("form-action 'self'"));
        assertThat(page.headers().allValues("Set-Cookie"))
                .anySatisfy(cookie -> assertThat(cookie)
                        .startsWith("JSESSIONID=")
                        .containsIgnoringCase("SameSite=Lax")
                        .containsIgnoringCase("HttpOnly"));
    }

    @Test
    void metricsAreForAdministratorsOnly() throws Exception {
        Http http = new Http(url.toURI());
        assertThat(http.get("metrics").statusCode()).as("anonymous").isNotEqualTo(200);
        assertThat(http.getAs("lise", PASSWORD, "metrics").statusCode())
                .as("a learner")
                .isEqualTo(403);
        String ada = Base64.getEncoder().encodeToString(("ada:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        assertThat(http.get("metrics", "Authorization", "Basic " + ada).statusCode())
                .as("an administrator")
                .isEqualTo(200);
    }

    @Test
    void aGuessingAddressIsStoppedWithoutAHashAndOthersStillSignIn() throws Exception {
        // 30 failures allowed per address and window; the guesser comes from another loopback address.
        for (int attempt = 0; attempt < 30; attempt++) {
            assertThat(basicFrom("127.0.0.2", "nobody-" + attempt, "guess")).isEqualTo(401);
        }
        assertThat(basicFrom("127.0.0.2", "ada", PASSWORD))
                .as("the guessing address waits, even when right")
                .isEqualTo(401);
        for (int attempt = 0; attempt < 10; attempt++) {
            assertThat(basicFrom("127.0.0.2", "ada", "guess-" + attempt)).isEqualTo(401);
        }
        assertThat(failedSignIns("ada"))
                .as("refused at the address: ada's account is untouched")
                .isZero();
        assertThat(basicFrom("127.0.0.1", "ada", PASSWORD))
                .as("everyone else signs in")
                .isEqualTo(200);
    }

    @Test
    void aGuesserMakesTheAccountWaitButNotForItsOwnersBrowser() throws Exception {
        URI base = url.toURI();
        FormSession owner = new FormSession(base);
        assertThat(owner.signIn("leif", PASSWORD).statusCode()).isEqualTo(302);

        for (int attempt = 0; attempt < 7; attempt++) {
            assertThat(basicFrom("127.0.0.3", "leif", "guess-" + attempt)).isEqualTo(401);
        }
        assertThat(failedSignIns("leif")).isGreaterThanOrEqualTo(5);

        var again = owner.signIn("leif", PASSWORD);
        assertThat(again.statusCode())
                .as("the owner's own browser signs in during the wait")
                .isEqualTo(302);
        assertThat(owner.get("api/v1/me").body()).contains("\"leif\"");

        FormSession stranger = new FormSession(base);
        assertThat(stranger.signIn("leif", PASSWORD).statusCode())
                .as("another browser still waits")
                .isEqualTo(200);
        assertThat(basicFrom("127.0.0.1", "leif", PASSWORD))
                .as("and so does an API client")
                .isEqualTo(401);
    }

    /** An HTTP Basic call to /api/v1/me sent from the given local address (all of 127/8 is this machine). */
    private int basicFrom(String localAddress, String username, String password) throws IOException {
        String credentials =
                Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(localAddress), 0));
            socket.connect(new InetSocketAddress(url.getHost(), url.getPort()), 10_000);
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET /api/v1/me HTTP/1.1\r\nHost: " + url.getHost() + ":" + url.getPort()
                            + "\r\nAccept: application/json\r\nAuthorization: Basic " + credentials
                            + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            StringBuilder statusLine = new StringBuilder();
            for (int c = in.read(); c != -1 && c != '\n'; c = in.read()) {
                statusLine.append((char) c);
            }
            in.readAllBytes();
            return Integer.parseInt(statusLine.toString().split(" ")[1]);
        }
    }

    private static int failedSignIns(String username) throws Exception {
        try (var db = TestDatabase.connect();
                var statement = db.prepareStatement("SELECT failed_sign_ins FROM person WHERE username = ?")) {
            statement.setString(1, username);
            ResultSet row = statement.executeQuery();
            row.next();
            return row.getInt(1);
        }
    }
}
