package no.vidsynt.app.it.veiledning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import no.vidsynt.app.it.Http;
import no.vidsynt.app.it.JsonApi;
import no.vidsynt.app.it.MailServer;
import no.vidsynt.app.it.VidSyntDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The way into Veiledning through the real API against MariaDB, as leader, learner and trainer: nomination, an
 * application the leader approves, admission into a cohort (the core enrolment follows), the waiting list when the
 * cohort is full (parallel admissions never overbook), rejection and withdrawal, each with its mail in a real SMTP
 * server; and the object-level checks (a leader of another unit, or another learner, gets 404).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class VeiledningIntakeIT {

    private static final String CANDIDACIES = "api/v1/veiledning/candidacies";
    private static final String COHORTS = "api/v1/veiledning/cohorts";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return VidSyntDeployment.war();
    }

    @ArquillianResource
    URL url;

    private URI base;
    private long kristiansand;

    @BeforeEach
    void setUp() throws Exception {
        base = url.toURI();
        kristiansand = IntakeFixture.unitId("Avdeling Kristiansand");
    }

    private JsonApi as(String username) {
        return new JsonApi(base, username, IntakeFixture.PASSWORD);
    }

    private static JsonObject expect(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return response.body().isBlank() || !response.body().startsWith("{") ? null : JsonApi.object(response);
    }

    private long cohort(String name, int seats) {
        JsonObject created = expect(
                as("tor")
                        .post(
                                COHORTS,
                                "{\"name\":\"" + name + "\",\"startDate\":\"2027-01-11\",\"endDate\":\"2027-06-11\","
                                        + "\"seats\":" + seats + ",\"plan\":\"Tre undervisningsdager og fire "
                                        + "praksisrunder\",\"requiredSessions\":4,\"requiredLogbookEntries\":3,"
                                        + "\"hours\":45}"),
                201);
        assertThat(created.getString("name")).isEqualTo(name);
        assertThat(created.getInt("requiredSessions")).isEqualTo(4);
        return created.getJsonNumber("cohortId").longValue();
    }

    private long nominate(long personId) {
        JsonObject nominated = expect(
                as("leif")
                        .post(
                                CANDIDACIES,
                                "{\"personId\":" + personId + ",\"motivation\":\"Trygg i samtaler og god med "
                                        + "kollegene\"}"),
                201);
        assertThat(nominated.getString("status")).isEqualTo("NOMINATED");
        assertThat(nominated.getBoolean("nomination")).isTrue();
        return nominated.getJsonNumber("id").longValue();
    }

    private String admit(long candidacy, long cohort) {
        return expect(as("tor").post(CANDIDACIES + "/" + candidacy + "/admit", "{\"cohortId\":" + cohort + "}"), 200)
                .getString("status");
    }

    @Test
    void fromNominationAndApplicationToAdmissionWaitingListRejectionAndWithdrawal() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6);
        List<Long> people = IntakeFixture.learners("intake" + run + "-", 4, kristiansand);
        long cohort = cohort("Kull IT " + run, 2);
        IntakeFixture.department("Avdeling Mandal " + run, "mandal" + run);
        List<Long> strangers =
                IntakeFixture.learners("mandal" + run + "-", 1, IntakeFixture.unitId("Avdeling Mandal " + run));

        // A leader nominates a person of their own unit; not one of another unit (404, not 403).
        long first = nominate(people.get(0));
        expect(as("leif").post(CANDIDACIES, "{\"personId\":" + strangers.get(0) + ",\"motivation\":\"Dyktig\"}"), 404);
        expect(as("leif").post(CANDIDACIES, "{\"personId\":" + people.get(0) + ",\"motivation\":\"Igjen\"}"), 409);

        // A person applies; their leader approves. The leader of another unit sees none of it.
        String applicant = "intake" + run + "-2";
        JsonObject applied = expect(
                as(applicant).post(CANDIDACIES, "{\"motivation\":\"Jeg vil hjelpe kollegene å se nye muligheter\"}"),
                201);
        assertThat(applied.getString("status")).isEqualTo("APPLIED");
        long second = applied.getJsonNumber("id").longValue();
        expect(as("mandal" + run).get(CANDIDACIES + "/" + second), 404);
        expect(as("mandal" + run).post(CANDIDACIES + "/" + second + "/approve", null), 404);
        expect(as("mandal" + run).get(CANDIDACIES + "/" + first), 404);
        assertThat(Http.json(as("mandal" + run).get(CANDIDACIES)).asJsonArray()).isEmpty();
        expect(as("tor").post(CANDIDACIES + "/" + second + "/admit", "{\"cohortId\":" + cohort + "}"), 409);
        assertThat(expect(as("leif").post(CANDIDACIES + "/" + second + "/approve", null), 200)
                        .getString("status"))
                .isEqualTo("APPROVED");

        // Learners see only their own.
        expect(as(applicant).get(CANDIDACIES + "/" + first), 404);
        JsonArray own = Http.json(as(applicant).get(CANDIDACIES)).asJsonArray();
        assertThat(own).hasSize(1);
        assertThat(own.getJsonObject(0).getJsonNumber("id").longValue()).isEqualTo(second);

        // The trainer admits both: the core enrolment follows, in the cohort.
        assertThat(admit(first, cohort)).isEqualTo("ADMITTED");
        assertThat(admit(second, cohort)).isEqualTo("ADMITTED");
        assertThat(IntakeFixture.scalar(
                        "SELECT CONCAT(status, ':', cohort_id) FROM enrolment WHERE person_id = ?", people.get(0)))
                .isEqualTo("ACTIVE:" + cohort);
        awaitMail("intake" + run + "-1@", "tatt opp", "Kull IT " + run);

        // The cohort is full: the next admission wait-lists, with its own mail.
        long third = nominate(people.get(2));
        assertThat(admit(third, cohort)).isEqualTo("WAITLISTED");
        awaitMail("intake" + run + "-3@", "venteliste", "Kull IT " + run);
        JsonArray waiting =
                Http.json(as("tor").get(COHORTS + "/" + cohort + "/waitlist")).asJsonArray();
        assertThat(waiting).hasSize(1);

        // A rejection needs a reason, which the mail carries.
        long fourth = nominate(people.get(3));
        expect(as("tor").post(CANDIDACIES + "/" + fourth + "/reject", "{\"reason\":\" \"}"), 400);
        assertThat(expect(
                                as("tor")
                                        .post(
                                                CANDIDACIES + "/" + fourth + "/reject",
                                                "{\"reason\":\"Kullet passer dårlig med turnusen din nå\"}"),
                                200)
                        .getString("status"))
                .isEqualTo("REJECTED");
        awaitMail("intake" + run + "-4@", "Svar på søknaden", "turnusen din");

        // The first withdraws: the enrolment ends, a mail confirms; the waiting one is admitted from the list.
        assertThat(expect(as("intake" + run + "-1").post(CANDIDACIES + "/" + first + "/withdraw", "{}"), 200)
                        .getString("status"))
                .isEqualTo("WITHDRAWN");
        assertThat(IntakeFixture.scalar("SELECT status FROM enrolment WHERE person_id = ?", people.get(0)))
                .isEqualTo("WITHDRAWN");
        awaitMail("intake" + run + "-1@", "meldt ut", "meldt ut");
        assertThat(admit(third, cohort)).isEqualTo("ADMITTED");

        JsonArray members =
                Http.json(as("tor").get(COHORTS + "/" + cohort + "/members")).asJsonArray();
        assertThat(members).hasSize(2);
        expect(as(applicant).get(COHORTS + "/" + cohort + "/members"), 403);

        // The leader's aggregate masks small counts.
        JsonObject overview = expect(as("leif").get(CANDIDACIES + "/overview"), 200);
        assertThat(Integer.parseInt(overview.getJsonObject("total").getString("inProgress")))
                .as("the demo's five still in training (Kari has completed) and this test's two")
                .isGreaterThanOrEqualTo(7);
        JsonObject few = expect(as("mandal" + run).get(CANDIDACIES + "/overview"), 200);
        assertThat(few.getJsonObject("total").getString("nominated")).isEqualTo("<5");
        assertThat(few.getJsonArray("units")).isEmpty();
        expect(as(applicant).get(CANDIDACIES + "/overview"), 403);
    }

    @Test
    void parallelAdmissionsNeverOverbookTheCohort() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6);
        List<Long> people = IntakeFixture.learners("rush" + run + "-", 10, kristiansand);
        long cohort = cohort("Kull samtidig " + run, 3);
        List<Long> candidacies = new ArrayList<>();
        for (long person : people) {
            candidacies.add(nominate(person));
        }
        CyclicBarrier barrier = new CyclicBarrier(candidacies.size());
        ExecutorService clients = Executors.newFixedThreadPool(candidacies.size());
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        for (long candidacy : candidacies) {
            answers.add(clients.submit(() -> {
                barrier.await();
                return as("tor").post(CANDIDACIES + "/" + candidacy + "/admit", "{\"cohortId\":" + cohort + "}");
            }));
        }
        Map<String, Integer> statuses = new TreeMap<>();
        for (Future<HttpResponse<String>> answer : answers) {
            HttpResponse<String> response = answer.get();
            String status = response.statusCode() == 200
                    ? JsonApi.object(response).getString("status")
                    : "HTTP " + response.statusCode() + " " + response.body();
            statuses.merge(status, 1, Integer::sum);
        }
        clients.shutdown();
        assertThat(statuses).isEqualTo(Map.of("ADMITTED", 3, "WAITLISTED", 7));
        assertThat(IntakeFixture.scalar(
                        "SELECT COUNT(*) FROM veiledning_candidacy WHERE cohort_id = ? AND status = 'ADMITTED'",
                        cohort))
                .isEqualTo("3");
        assertThat(IntakeFixture.scalar("SELECT COUNT(*) FROM enrolment WHERE cohort_id = ?", cohort))
                .isEqualTo("3");
        JsonObject plan = expect(as("lise").get(COHORTS + "/" + cohort), 200);
        assertThat(plan.getInt("admitted")).isEqualTo(3);
        assertThat(plan.getInt("waitlisted")).isEqualTo(7);
    }

    /** Waits for a mail to the address whose subject contains one text and whose body contains another. */
    private static void awaitMail(String address, String subject, String body) {
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    for (MimeMessage message : MailServer.greenMail().getReceivedMessages()) {
                        boolean to = Arrays.stream(message.getAllRecipients())
                                .anyMatch(a -> a.toString().contains(address));
                        if (to
                                && message.getSubject().contains(subject)
                                && text(message).contains(body)) {
                            return true;
                        }
                    }
                    return false;
                });
    }

    private static String text(Part part) throws Exception {
        Object content = part.getContent();
        if (content instanceof String text) {
            return text;
        }
        if (content instanceof Multipart multipart) {
            StringBuilder all = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart inner = multipart.getBodyPart(i);
                all.append(text(inner));
            }
            return all.toString();
        }
        return "";
    }
}
