package no.vidsynt.app.it.veiledning;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.vidsynt.app.it.CourseFixture;
import no.vidsynt.app.it.Http;
import no.vidsynt.app.it.JsonApi;
import no.vidsynt.app.it.TestDatabase;
import no.vidsynt.app.it.VidSyntDeployment;
import no.vidsynt.app.it.browser.Axe;
import no.vidsynt.app.it.browser.Browser;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * One practice round through the API: the trainer forms a group from a cohort's members (from the suggestion),
 * assigns it to two practice sessions and the roles rotate; the trainer's attendance mark makes the round attended;
 * the supervisor prepares, the supervisee brings a case (an identity number in it is refused with a problem document),
 * the observer gives feedback, which the supervisor and the trainer read and a leader and another trainee cannot find.
 * Then the pages on a phone's width, from the menu, with axe-core on each: the trainer's groups and round pages, the
 * trainee's rounds and her case for the demo's coming round.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PracticeRoundsIT {

    private static final String PASSWORD = "vidsynt-demo";
    private static final String GROUPS = "api/v1/veiledning/groups";
    private static final String ROUNDS = "api/v1/veiledning/rounds";
    private static final String SSN = "15058543206";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return VidSyntDeployment.war();
    }

    @ArquillianResource
    URL url;

    @RegisterExtension
    final Browser browser = new Browser().window(360, 740);

    private JsonApi as(String username) throws Exception {
        return new JsonApi(url.toURI(), username, PASSWORD);
    }

    @Test
    void aPracticeRoundFromGroupToFeedback() throws Exception {
        CourseFixture.Created course = CourseFixture.course("Praksisrunder i test")
                .section("Praksis")
                .unit(
                        "Praksistrening",
                        "session",
                        true,
                        "{\"before\": \"Hva vil du øve på?\", \"after\": \"Hva tar du med deg?\"}",
                        null)
                .create();
        List<String> trainees = List.of("lise", "kari", "ola");
        long cohort = cohort(course.courseId(), trainees);
        Map<String, Long> ids = new HashMap<>();
        for (String username : trainees) {
            ids.put(username, personId(username));
        }
        JsonApi tor = as("tor");

        // The suggestion is the three of them in one group; the trainer forms it in that order.
        JsonArray suggestion = array(ok(tor.get(GROUPS + "/suggestion?cohort=" + cohort)));
        assertThat(suggestion).hasSize(1);
        assertThat(suggestion.getJsonObject(0).getJsonArray("memberIds")).hasSize(3);
        HttpResponse<String> created = tor.post(
                GROUPS,
                "{\"cohortId\":" + cohort + ",\"name\":\"Gruppe 1\",\"memberIds\":[" + ids.get("lise") + ","
                        + ids.get("kari") + "," + ids.get("ola") + "]}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long group = JsonApi.object(created).getJsonNumber("id").longValue();
        assertThat(as("emil").get(GROUPS + "/" + group).statusCode()).isEqualTo(404);
        assertThat(as("leif").get(GROUPS + "?cohort=" + cohort).statusCode()).isEqualTo(404);

        // Two practice sessions; the roles rotate from the first round to the second.
        long first = session(tor, "Praksistrening 1", course.unit(0), 3);
        long second = session(tor, "Praksistrening 2", course.unit(0), 10);
        Map<Long, String> roundOne = roles(JsonApi.object(assign(tor, group, first)));
        Map<Long, String> roundTwo = roles(JsonApi.object(assign(tor, group, second)));
        assertThat(roundOne)
                .containsEntry(ids.get("lise"), "SUPERVISOR")
                .containsEntry(ids.get("kari"), "SUPERVISEE")
                .containsEntry(ids.get("ola"), "OBSERVER");
        assertThat(roundTwo)
                .containsEntry(ids.get("ola"), "SUPERVISOR")
                .containsEntry(ids.get("lise"), "SUPERVISEE")
                .containsEntry(ids.get("kari"), "OBSERVER");
        assertThat(assign(tor, group, first).statusCode()).isEqualTo(409);

        // Before the trainer marks attendance, the observer cannot give feedback yet.
        JsonApi lise = as("lise");
        JsonApi kari = as("kari");
        JsonApi ola = as("ola");
        String feedback = "{\"whatWorked\":\"Du lyttet og oppsummerte godt.\",\"openingQuestions\":"
                + "\"Hva ville barnet sagt om dette?\",\"childPerspective\":\"YES\",\"tryNext\":"
                + "\"Vent litt før du foreslår tiltak.\"}";
        assertThat(ola.put(ROUNDS + "/" + first + "/feedback", feedback).statusCode())
                .isEqualTo(409);

        // The supervisor prepares; the supervisee's case with an identity number is refused, then written.
        assertThat(ok(lise.put(
                                ROUNDS + "/" + first + "/notes/PREPARATION",
                                "{\"body\":\"Jeg vil øve på åpne spørsmål.\"}"))
                        .statusCode())
                .isEqualTo(200);
        assertThat(kari.put(ROUNDS + "/" + first + "/notes/PREPARATION", "{\"body\":\"Ikke min rolle.\"}")
                        .statusCode())
                .isEqualTo(403);
        HttpResponse<String> refused = kari.put(
                ROUNDS + "/" + first + "/notes/CASE", "{\"body\":\"Gutten, fnr " + SSN + ", vil ikke hjem.\"}");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonObject problem = JsonApi.object(refused);
        assertThat(problem.getString("type")).isEqualTo("urn:vidsynt:veiledning:privacy.identityNumber");
        assertThat(problem.getInt("status")).isEqualTo(400);
        ok(kari.put(
                ROUNDS + "/" + first + "/notes/CASE",
                "{\"body\":\"En ungdom trekker seg unna fellesskapet, og vi er uenige om hva vi skal gjøre.\"}"));

        // The trainer marks all three attended on the roster: the round counts as attended.
        JsonArray roster = array(ok(tor.get("api/v1/sessions/" + first + "/roster")));
        assertThat(roster).isEmpty();
        for (JsonApi trainee : List.of(lise, kari, ola)) {
            HttpResponse<String> booked = trainee.post("api/v1/sessions/" + first + "/booking", null);
            assertThat(booked.statusCode()).as(booked.body()).isIn(200, 201);
        }
        for (JsonValue entry : array(ok(tor.get("api/v1/sessions/" + first + "/roster")))) {
            long booking = entry.asJsonObject().getJsonNumber("bookingId").longValue();
            ok(tor.put("api/v1/sessions/" + first + "/roster/" + booking, "{\"attendance\":\"ATTENDED\"}"));
        }
        JsonObject round = array(ok(lise.get(ROUNDS + "/" + first))).getJsonObject(0);
        for (JsonValue seat : round.getJsonArray("roles")) {
            assertThat(seat.asJsonObject().getBoolean("attended")).isTrue();
        }

        // The observer's feedback: an identity number is refused, then it is written.
        assertThat(ola.put(ROUNDS + "/" + first + "/feedback", feedback.replace("godt.", "godt " + SSN + "."))
                        .statusCode())
                .isEqualTo(400);
        long feedbackId = JsonApi.object(ok(ola.put(ROUNDS + "/" + first + "/feedback", feedback)))
                .getJsonNumber("id")
                .longValue();

        // The supervisor and the trainer read it; the supervisor reflects on it.
        JsonArray forLise = array(ok(lise.get(ROUNDS + "/" + first + "/feedback")));
        assertThat(forLise).hasSize(1);
        assertThat(forLise.getJsonObject(0).getString("childPerspective")).isEqualTo("YES");
        ok(lise.get(ROUNDS + "/feedback/" + feedbackId));
        ok(tor.get(ROUNDS + "/feedback/" + feedbackId));
        assertThat(array(ok(tor.get(ROUNDS + "/" + first + "/feedback")))).hasSize(1);
        ok(lise.put(
                ROUNDS + "/" + first + "/notes/REFLECTION",
                "{\"body\":\"Jeg ville fram til tiltak for fort; neste gang utforsker jeg mer.\"}"));

        // A leader, a trainee outside the group and the supervisee find nothing of it.
        for (String outsider : List.of("leif", "emil", "kari")) {
            assertThat(as(outsider).get(ROUNDS + "/feedback/" + feedbackId).statusCode())
                    .as(outsider)
                    .isEqualTo(404);
        }
        assertThat(as("leif").get(ROUNDS + "/" + first).statusCode()).isEqualTo(404);
        assertThat(as("emil").get(ROUNDS + "/" + first + "/feedback").statusCode())
                .isEqualTo(404);
        assertThat(array(ok(kari.get(ROUNDS + "/" + first + "/feedback")))).isEmpty();

        // The trainee's own list shows both rounds with everyone's role.
        assertThat(array(ok(ola.get(ROUNDS + "/mine"))).stream()
                        .map(r -> r.asJsonObject().getJsonNumber("sessionId").longValue())
                        .toList())
                .contains(first, second);
    }

    @Test
    void theTrainerAndATraineeUseThePagesOnAPhone() {
        browser.open(url);
        signIn("tor");
        browser.menu("Treningsgrupper");
        assertThat(h1()).isEqualTo("Treningsgrupper");
        assertThat(browser.find(By.id("main")).getText()).contains("Gruppe Sørlandet", "Gruppe Agder");
        axe();
        browser.click(By.id("suggest:suggest"));
        browser.waitForText(By.id("messages"), "Her er et forslag med");
        axe();
        browser.click(By.id("suggest:discardSuggestion"));
        browser.navigate(By.xpath("//main//a[starts-with(normalize-space(.), '" + HELD + "')]"));
        assertThat(h1()).isEqualTo("Treningsrunde: " + HELD);
        assertThat(browser.find(By.id("main")).getText())
                .contains("Observatør", "Tilbakemeldinger til veilederen", "Fra Lise Larsen");
        axe();

        // In the coming round (the fourth of Gruppe Sørlandet) Kari is the supervisee, who brings the case.
        signIn("kari");
        browser.menu("Mine treningsrunder");
        assertThat(h1()).isEqualTo("Mine treningsrunder");
        axe();
        browser.navigate(By.xpath("//main//h2/a[normalize-space(.)='" + COMING + "']"));
        assertThat(browser.find(By.id("main")).getText()).contains("Ikke skriv noe som kan identifisere");
        browser.type(By.id("case:text"), "Jenta med fnr " + SSN + " vil ikke hjem i helgene.");
        browser.click(By.id("case:save"));
        browser.waitForText(By.id("messages"), "fødselsnummer");
        browser.type(By.id("case:text"), "En jente vil ikke hjem i helgene, og vi vet ikke hvordan vi tar det opp.");
        browser.click(By.id("case:save"));
        browser.waitForText(By.id("messages"), "Saken er lagret.");
        axe();
    }

    private static final String HELD = "Praksistrening: barnets perspektiv i veiledningen";
    private static final String COMING = "Praksistrening: flere perspektiver på samme sak";

    /** The sign-in form straight (Browser.signIn waits for the name in the header, which a phone folds away). */
    private void signIn(String username) {
        browser.go("login.xhtml");
        browser.type(By.id("signIn:username"), username);
        browser.type(By.id("signIn:password"), PASSWORD);
        browser.navigate(By.id("signIn:submit"));
    }

    private String h1() {
        return browser.find(By.tagName("h1")).getText();
    }

    private void axe() {
        assertThat(Axe.violations(browser.driver()))
                .as("axe on " + browser.driver().getCurrentUrl())
                .isEmpty();
    }

    private static HttpResponse<String> ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response;
    }

    private static JsonArray array(HttpResponse<String> response) {
        return (JsonArray) Http.json(response);
    }

    private static HttpResponse<String> assign(JsonApi trainer, long group, long session) {
        return trainer.post(GROUPS + "/" + group + "/rounds", "{\"sessionId\":" + session + "}");
    }

    private static Map<Long, String> roles(JsonObject round) {
        Map<Long, String> roles = new HashMap<>();
        for (JsonValue seat : round.getJsonArray("roles")) {
            JsonObject s = seat.asJsonObject();
            roles.put(s.getJsonNumber("personId").longValue(), s.getString("role"));
        }
        return roles;
    }

    private static long session(JsonApi trainer, String title, long unit, int days) {
        String start = LocalDateTime.now(ZoneId.of("Europe/Oslo"))
                .plusDays(days)
                .withHour(9)
                .withMinute(0)
                .truncatedTo(ChronoUnit.MINUTES)
                .toString();
        String end = LocalDateTime.parse(start).plusHours(3).toString();
        HttpResponse<String> created = trainer.post(
                "api/v1/sessions",
                "{\"kind\":\"PRACTICE_TRAINING\",\"title\":\"" + title + "\",\"unitId\":" + unit + ",\"start\":\""
                        + start + "\",\"end\":\"" + end + "\",\"place\":\"Kristiansand\",\"capacity\":6,"
                        + "\"offerMinutes\":0}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return ((JsonArray) Http.json(created))
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
    }

    /** A core cohort of the course with the trainees enrolled in it (admission is another feature's). */
    private static long cohort(long courseId, List<String> usernames) throws Exception {
        try (Connection db = TestDatabase.connect()) {
            long cohort;
            try (PreparedStatement insert = db.prepareStatement(
                    "INSERT INTO cohort (course_id, name, start_date) VALUES (?, 'Testkull', ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                insert.setLong(1, courseId);
                insert.setObject(2, LocalDate.now());
                insert.executeUpdate();
                try (ResultSet key = insert.getGeneratedKeys()) {
                    key.next();
                    cohort = key.getLong(1);
                }
            }
            try (PreparedStatement enrol = db.prepareStatement("INSERT INTO enrolment (course_id, person_id, source,"
                    + " cohort_id, status, enrolled_at, version) VALUES (?, ?, 'UNIT', ?, 'ACTIVE', ?, 1)")) {
                for (String username : usernames) {
                    enrol.setLong(1, courseId);
                    enrol.setLong(2, personId(username));
                    enrol.setLong(3, cohort);
                    enrol.setTimestamp(4, Timestamp.from(Instant.now()));
                    enrol.executeUpdate();
                }
            }
            return cohort;
        }
    }

    private static long personId(String username) throws Exception {
        try (Connection db = TestDatabase.connect();
                PreparedStatement query = db.prepareStatement("SELECT id FROM person WHERE username = ?")) {
            query.setString(1, username);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
