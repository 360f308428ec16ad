package no.vidsynt.app.it.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.vidsynt.app.it.FormSession;
import no.vidsynt.app.it.Http;
import no.vidsynt.app.it.JsonApi;
import no.vidsynt.app.it.TestDatabase;
import no.vidsynt.app.it.VidSyntDeployment;
import no.vidsynt.app.it.plugin.sample.SampleDemo;
import no.vidsynt.app.it.plugin.sample.SampleModule;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The contract test: a third programme, "sample", defined only in the tests ({@code plugin.sample}), packaged as a jar
 * of its own and added to the real war, plugs in through the course-module contract alone. Its menu entry is in the
 * header for learners, its page serves, its unit type and session kind are in use, its booking rule is asked about
 * its own sessions only, its migration ran with its own history, its demo data was seeded through the core's hook,
 * its observer saw a core event, its completion rule holds back a course, and its scheduled job runs.
 *
 * <p>Other test classes share the run's database, so the demo's cast may exist before this deployment starts: then
 * the core seeds the new programme's demo on its first start, as it would for a programme added to a running demo.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CourseModuleIT {

    private static final String PASSWORD = "vidsynt-demo";
    private static final String RESOURCES = "course-sample/";

    @Deployment(testable = false)
    static WebArchive deployment() {
        JavaArchive sample =
                ShrinkWrap.create(JavaArchive.class, "course-sample.jar").addPackage(SampleModule.class.getPackage());
        for (String file : List.of(
                "META-INF/beans.xml",
                "META-INF/faces-config.xml",
                "META-INF/resources/sample/programme.xhtml",
                "META-INF/resources/sample/logbook.xhtml",
                "META-INF/resources/sample/step.xhtml",
                "db/migration/sample/V1__sample.sql",
                "no/vidsynt/app/it/plugin/sample/texts.properties",
                "no/vidsynt/app/it/plugin/sample/texts_nb.properties")) {
            sample.addAsResource(RESOURCES + file, file);
        }
        return VidSyntDeployment.war().addAsLibrary(sample);
    }

    @ArquillianResource
    URL url;

    private JsonApi as(String user) throws Exception {
        return new JsonApi(url.toURI(), user, PASSWORD);
    }

    @Test
    void itsMenuEntryIsInTheHeaderForLearnersOnlyAndItsPagesServe() throws Exception {
        FormSession lise = new FormSession(url.toURI());
        lise.signIn("lise", PASSWORD);
        String start = lise.get("").body();
        assertThat(start)
                .contains("/sample/logbook.xhtml")
                .contains("Prøvelogg")
                .as("the programme itself is listed among the programmes")
                .contains("/sample/programme.xhtml");
        HttpResponse<String> logbook = lise.get("sample/logbook.xhtml");
        assertThat(logbook.statusCode()).isEqualTo(200);
        assertThat(logbook.body()).contains("Prøveprogrammets egen side.").contains("aria-current=\"page\"");

        FormSession tor = new FormSession(url.toURI());
        tor.signIn("tor", PASSWORD);
        assertThat(tor.get("").body()).as("the entry names learners only").doesNotContain("/sample/logbook.xhtml");
    }

    @Test
    void itsMigrationRanWithItsOwnHistoryBesideTheOthers() throws Exception {
        try (Connection db = connect()) {
            assertThat(strings(
                            db,
                            "SELECT CONCAT(version, ':', success) FROM flyway_history_sample"
                                    + " WHERE version <> '0' ORDER BY installed_rank"))
                    .containsExactly("1:1");
            assertThat(strings(
                            db,
                            "SELECT CONCAT(version, ':', success) FROM flyway_history_content"
                                    + " WHERE version = '1'"))
                    .as("content keeps its own history table")
                    .containsExactly("1:1");
            assertThat(strings(db, "SELECT COUNT(*) FROM sample_job_run"))
                    .as("its tables exist")
                    .hasSize(1);
        }
    }

    @Test
    void itsDemoCourseUsesItsUnitTypeAndItsDemoSessionItsKind() throws Exception {
        JsonObject courses = JsonApi.object(as("lise").get("api/v1/courses?programme=sample"));
        assertThat(courses.getInt("total")).isEqualTo(1);
        long courseId = courses.getJsonArray("items")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        assertThat(courses.getJsonArray("items").getJsonObject(0).getString("title"))
                .isEqualTo(SampleDemo.COURSE);
        assertThat(units(courseId).values()).as("its own unit type").contains("sample-step");

        JsonArray sessions = (JsonArray) Http.json(as("lise").get("api/v1/sessions?programme=sample"));
        assertThat(sessions.getValuesAs(JsonObject.class)).anySatisfy(session -> {
            assertThat(session.getString("title")).isEqualTo(SampleDemo.SESSION);
            assertThat(session.getString("kind")).isEqualTo(SampleModule.PEER_REVIEW);
            assertThat(session.getString("kindLabel")).isEqualTo("Peer review");
        });
    }

    @Test
    void itsBookingRuleIsAskedAboutItsOwnSessionsOnly() throws Exception {
        JsonArray sampleSessions = (JsonArray) Http.json(as("lise").get("api/v1/sessions?programme=sample"));
        long own = sampleSessions.getJsonObject(0).getJsonNumber("id").longValue();
        String start = LocalDateTime.now(ZoneId.of("Europe/Oslo"))
                .plusDays(6)
                .truncatedTo(ChronoUnit.HOURS)
                .toString();
        var created = as("tor")
                .post(
                        "api/v1/sessions",
                        "{\"kind\":\"PEER_REVIEW\",\"programmeKey\":\"veiledning\","
                                + "\"title\":\"Kollegavurdering i Veiledning\",\"start\":\"" + start + "\",\"end\":\""
                                + LocalDateTime.parse(start).plusHours(1) + "\",\"place\":\"Arendal\",\"capacity\":3}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long other = ((JsonArray) Http.json(created))
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();

        var refused = as("arne").post("api/v1/sessions/" + own + "/booking", null);
        assertThat(refused.statusCode()).as(refused.body()).isBetween(400, 499);
        assertThat(JsonApi.object(refused).getString("detail"))
                .isIn("Peer reviews are by invitation only.", "Kollegavurdering er bare etter invitasjon.");
        var booked = as("arne").post("api/v1/sessions/" + other + "/booking", null);
        assertThat(booked.statusCode())
                .as("another programme's session of the same kind: the rule is not asked")
                .isBetween(200, 201);

        try (Connection db = connect()) {
            assertThat(strings(db, "SELECT DISTINCT CONCAT(session_id, ':', programme_key) FROM sample_rule_call"))
                    .contains(own + ":sample")
                    .doesNotContain(other + ":veiledning")
                    .allSatisfy(call -> assertThat(call).endsWith(":sample"));
        }
    }

    @Test
    void itsObserverSeesCompletedUnitsAndItsCompletionRuleHoldsTheCourseBack() throws Exception {
        JsonObject courses = JsonApi.object(as("arne").get("api/v1/courses?programme=sample"));
        long courseId = courses.getJsonArray("items")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        Map<String, String> units = units(courseId);
        long required = unitId(courseId, "Første steg");
        long optional = unitId(courseId, "Valgfritt steg");
        assertThat(units).containsEntry("Første steg", "sample-step");

        JsonApi arne = as("arne");
        assertThat(arne.post("api/v1/me/enrolments", "{\"courseId\": " + courseId + "}")
                        .statusCode())
                .isEqualTo(201);
        assertThat(arne.post("api/v1/me/progress/" + required + "/done", null).statusCode())
                .isEqualTo(200);
        JsonObject afterRequired = JsonApi.object(arne.get("api/v1/me/enrolments/" + courseId));
        assertThat(afterRequired.getInt("unitsDone")).isEqualTo(afterRequired.getInt("unitsNeeded"));
        assertThat(afterRequired.getString("status"))
                .as("every required unit is done, but the programme's rule wants two steps")
                .isEqualTo("ACTIVE");

        assertThat(arne.post("api/v1/me/progress/" + optional + "/done", null).statusCode())
                .isEqualTo(200);
        assertThat(JsonApi.object(arne.get("api/v1/me/enrolments/" + courseId)).getString("status"))
                .isEqualTo("COMPLETED");
        try (Connection db = connect()) {
            assertThat(strings(db, "SELECT unit_id FROM sample_completion WHERE course_id = " + courseId))
                    .as("the observer saw both completions")
                    .contains(String.valueOf(required), String.valueOf(optional));
        }
    }

    @Test
    void itsScheduledJobRuns() throws Exception {
        long deadline = System.currentTimeMillis() + 120_000; // the first turn comes 30 s after the start
        int runs = 0;
        while (runs < 2 && System.currentTimeMillis() < deadline) {
            try (Connection db = connect()) {
                runs = Integer.parseInt(
                        strings(db, "SELECT COUNT(*) FROM sample_job_run").get(0));
            }
            Thread.sleep(1000);
        }
        assertThat(runs).as("turns of the sample programme's job").isGreaterThanOrEqualTo(2);
    }

    // ---- helpers ----

    private Map<String, String> units(long courseId) throws SQLException {
        Map<String, String> units = new LinkedHashMap<>();
        try (Connection db = connect();
                PreparedStatement query = db.prepareStatement(
                        "SELECT title, unit_type FROM course_unit WHERE course_id = ? ORDER BY id")) {
            query.setLong(1, courseId);
            ResultSet rows = query.executeQuery();
            while (rows.next()) {
                units.put(rows.getString(1), rows.getString(2));
            }
        }
        return units;
    }

    private long unitId(long courseId, String title) throws SQLException {
        try (Connection db = connect();
                PreparedStatement query =
                        db.prepareStatement("SELECT id FROM course_unit WHERE course_id = ? AND title = ?")) {
            query.setLong(1, courseId);
            query.setString(2, title);
            ResultSet rows = query.executeQuery();
            assertThat(rows.next()).as(title).isTrue();
            return rows.getLong(1);
        }
    }

    private static List<String> strings(Connection db, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement statement = db.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    private static Connection connect() throws SQLException {
        return TestDatabase.connect();
    }
}
