package no.vidsynt.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Many people signed in at once: every call of a signed-in session must be answered as that person, with that
 * person's roles. With Jakarta Security's auto-applied session, Payara lost the groups of some concurrent requests
 * and answered 403 "Caller not in requested role" at random (payara/Payara#6145); one client at a time never showed it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConcurrentSessionsIT {

    private static final String PASSWORD = "vidsynt-demo";
    private static final int ROUNDS = 50;

    /** Who signs in, and the role-protected page and API call each of their rounds makes. */
    private record Visitor(String username, String page, String api) {}

    private static final List<Visitor> VISITORS = List.of(
            new Visitor("ada", "admin/users.xhtml", "api/v1/people?size=1"),
            new Visitor("ada", "admin/users.xhtml", "api/v1/people?size=1"),
            new Visitor("ada", "admin/audit.xhtml", "api/v1/people?size=1"),
            new Visitor("ada", "admin/organisation.xhtml", "api/v1/people?size=1"),
            new Visitor("tor", "sessions/trainer.xhtml", "api/v1/sessions/teaching"),
            new Visitor("tor", "sessions/trainer.xhtml", "api/v1/sessions/teaching"),
            new Visitor("anne", "author/courses.xhtml", "api/v1/authoring/courses"),
            new Visitor("anne", "author/courses.xhtml", "api/v1/authoring/courses"),
            new Visitor("leif", "leader/overview.xhtml", "api/v1/leader/overview"),
            new Visitor("leif", "leader/overview.xhtml", "api/v1/leader/overview"),
            new Visitor("lise", "learning/my.xhtml", "api/v1/me/enrolments"),
            new Visitor("arne", "learning/my.xhtml", "api/v1/me/enrolments"));

    @Deployment(testable = false)
    static WebArchive deployment() {
        return VidSyntDeployment.war();
    }

    @ArquillianResource
    URL url;

    @Test
    void parallelSignedInSessionsAreNeverRefusedTheirOwnPagesAndCalls() throws Exception {
        URI base = url.toURI();
        List<FormSession> sessions = new ArrayList<>();
        for (Visitor visitor : VISITORS) {
            FormSession session = new FormSession(base);
            assertThat(session.signIn(visitor.username(), PASSWORD).statusCode())
                    .isEqualTo(302);
            sessions.add(session);
        }
        ConcurrentLinkedQueue<String> wrong = new ConcurrentLinkedQueue<>();
        AtomicInteger calls = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(VISITORS.size());
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < VISITORS.size(); i++) {
                Visitor visitor = VISITORS.get(i);
                FormSession session = sessions.get(i);
                running.add(pool.submit(() -> {
                    start.await();
                    for (int round = 0; round < ROUNDS; round++) {
                        for (String path : List.of(visitor.page(), visitor.api())) {
                            var response = session.get(path);
                            calls.incrementAndGet();
                            if (response.statusCode() != 200) {
                                wrong.add(visitor.username() + " " + path + " → " + response.statusCode());
                            }
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> each : running) {
                each.get(5, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(calls.get()).isEqualTo(VISITORS.size() * ROUNDS * 2);
        assertThat(wrong)
                .as("calls answered other than 200, of %d", calls.get())
                .isEmpty();
    }

    @Test
    void aSignedInPersonIsStillRefusedWhatTheirRolesDoNotAllow() {
        FormSession lise = new FormSession(URI.create(url.toString()));
        assertThat(lise.signIn("lise", PASSWORD).statusCode()).isEqualTo(302);
        assertThat(lise.get("api/v1/me/enrolments").statusCode()).isEqualTo(200);
        assertThat(lise.get("api/v1/people?size=1").statusCode()).isEqualTo(403);
        assertThat(lise.get("admin/users.xhtml").statusCode()).isEqualTo(403);
    }
}
