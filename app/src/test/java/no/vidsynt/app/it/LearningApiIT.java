package no.vidsynt.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Enrolment, progress and the leader's view through the REST API, black box against MariaDB: self-enrolment,
 * withdrawal and return, unit enrolments, course completion, the leader's masked aggregates, and object-level
 * authorization for every endpoint and every demo role. Test courses are inserted with {@link CourseFixture}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LearningApiIT {

    private static final String PASSWORD = "vidsynt-demo";
    private static final List<String> DEMO_USERS = List.of("lise", "arne", "tor", "anne", "leif", "ada");
    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return VidSyntDeployment.war();
    }

    @ArquillianResource
    URL url;

    private URI base;

    @BeforeEach
    void connect() throws Exception {
        base = url.toURI();
    }

    @Test
    void aLearnerEnrolsWithdrawsAndReturnsToTheProgressSheHad() throws Exception {
        var course = CourseFixture.course("Trygg start " + suffix())
                .section("Innledning")
                .task("Les dette først", "Les kapittel 1.")
                .section("Fordypning")
                .taskAfterPrevious("Refleksjon", "Hvorfor gjør vi det sånn?")
                .create();

        var enrolled = call("lise", "POST", "api/v1/me/enrolments", "{\"courseId\": " + course.courseId() + "}");
        assertThat(enrolled.statusCode()).isEqualTo(201);
        JsonObject enrolment = object(enrolled);
        assertThat(enrolment.getString("status")).isEqualTo("ACTIVE");
        assertThat(enrolment.getInt("unitsNeeded")).isEqualTo(2);
        assertThat(call("lise", "POST", "api/v1/me/enrolments", "{\"courseId\": " + course.courseId() + "}")
                        .statusCode())
                .as("enrolling twice is harmless")
                .isEqualTo(201);

        JsonArray availability = (JsonArray)
                Http.json(call("lise", "GET", "api/v1/courses/" + course.courseId() + "/availability", null));
        assertThat(availability.getJsonObject(0).getBoolean("available")).isTrue();
        assertThat(availability.getJsonObject(1).getBoolean("available")).isFalse();
        assertThat(availability.getJsonObject(1).getJsonArray("reasons").getString(0))
                .isEqualTo("Tilgjengelig når du har fullført «Les dette først».");
        var tooEarly = call("lise", "POST", "api/v1/me/progress/" + course.unit(1) + "/done", null);
        assertThat(tooEarly.statusCode()).isEqualTo(409);
        assertThat(((JsonObject) Http.json(tooEarly)).getString("detail")).contains("Les dette først");

        var done = call("lise", "POST", "api/v1/me/progress/" + course.unit(0) + "/done", null);
        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(object(done).getString("status")).isEqualTo("COMPLETED");

        assertThat(call("lise", "DELETE", "api/v1/me/enrolments/" + course.courseId(), null)
                        .statusCode())
                .isEqualTo(204);
        assertThat(object(call("lise", "GET", "api/v1/me/enrolments/" + course.courseId(), null))
                        .getString("status"))
                .isEqualTo("WITHDRAWN");
        assertThat(call("lise", "POST", "api/v1/me/progress/" + course.unit(1) + "/done", null)
                        .statusCode())
                .as("a withdrawn learner cannot work in the course")
                .isEqualTo(404);
        assertThat(call("lise", "DELETE", "api/v1/me/enrolments/" + course.courseId(), null)
                        .statusCode())
                .as("withdrawing twice")
                .isEqualTo(404);

        JsonObject back =
                object(call("lise", "POST", "api/v1/me/enrolments", "{\"courseId\": " + course.courseId() + "}"));
        assertThat(back.getString("status")).isEqualTo("ACTIVE");
        assertThat(back.getInt("unitsDone"))
                .as("progress kept across the withdrawal")
                .isEqualTo(1);
        JsonObject progress = object(call("lise", "GET", "api/v1/me/progress?course=" + course.courseId(), null));
        assertThat(progress.getInt("total")).isEqualTo(1);
        assertThat(progress.getJsonArray("items").getJsonObject(0).getString("status"))
                .isEqualTo("COMPLETED");

        assertThat(call("lise", "POST", "api/v1/me/progress/" + course.unit(1) + "/done", null)
                        .statusCode())
                .isEqualTo(200);
        JsonObject completed = object(call("lise", "GET", "api/v1/me/enrolments/" + course.courseId(), null));
        assertThat(completed.getString("status")).isEqualTo("COMPLETED");
        assertThat(completed.containsKey("completedAt")).isTrue();
        assertThat(object(call("lise", "GET", "api/v1/me/enrolments?status=completed", null))
                        .getJsonArray("items")
                        .getValuesAs(JsonObject.class))
                .extracting(item -> item.getJsonNumber("courseId").longValue())
                .contains(course.courseId());

        try (Connection db = TestDatabase.connect()) {
            assertThat(count(
                            db,
                            "SELECT COUNT(*) FROM enrolment WHERE course_id = ? AND completed_at IS NOT NULL",
                            course.courseId()))
                    .isEqualTo(1);
            assertThat(count(db, "SELECT COUNT(*) FROM unit_progress WHERE course_id = ?", course.courseId()))
                    .isEqualTo(2);
        }
    }

    @Test
    void aClosedCourseCannotBeJoinedByTheLearnerButAUnitEnrolmentEnrolsEveryoneThereAndLater() throws Exception {
        var course = CourseFixture.course("Veiledning i praksis " + suffix())
                .closed()
                .task("Første samling", "Forbered deg.")
                .create();
        assertThat(call("lise", "POST", "api/v1/me/enrolments", "{\"courseId\": " + course.courseId() + "}")
                        .statusCode())
                .isEqualTo(404);

        long kristiansand = unitId("Avdeling Kristiansand");
        long members;
        try (Connection db = TestDatabase.connect()) {
            members = count(db, "SELECT COUNT(*) FROM person_unit WHERE unit_id = ?", kristiansand);
        }
        var byLeader = call(
                "leif",
                "POST",
                "api/v1/org-units/" + kristiansand + "/enrolments",
                "{\"courseId\": " + course.courseId() + "}");
        assertThat(byLeader.statusCode()).isEqualTo(201);
        assertThat(object(byLeader).getInt("enrolledNow"))
                .as("everyone in Kristiansand, Lise and Leif too")
                .isEqualTo((int) members)
                .isGreaterThanOrEqualTo(2);
        assertThat(object(call("lise", "GET", "api/v1/me/enrolments/" + course.courseId(), null))
                        .getString("source"))
                .isEqualTo("UNIT");
        assertThat(call("arne", "GET", "api/v1/me/enrolments/" + course.courseId(), null)
                        .statusCode())
                .as("Arendal is not enrolled")
                .isEqualTo(404);

        // Someone joins the unit later. The people feature fires MembershipChanged when it adds members; this branch
        // has no people API, so the new member is inserted directly and the standing rule is applied again (the
        // same code path enrols them): they are enrolled exactly once, nobody else is touched.
        long newcomer = insertPeople(1, kristiansand).get(0);
        var again = call(
                "leif",
                "POST",
                "api/v1/org-units/" + kristiansand + "/enrolments",
                "{\"courseId\": " + course.courseId() + "}");
        assertThat(object(again).getInt("enrolledNow")).isEqualTo(1);
        try (Connection db = TestDatabase.connect()) {
            assertThat(count(
                            db,
                            "SELECT COUNT(*) FROM enrolment WHERE course_id = ? AND person_id = ?",
                            course.courseId(),
                            newcomer))
                    .isEqualTo(1);
            assertThat(count(db, "SELECT COUNT(*) FROM course_unit_enrolment WHERE course_id = ?", course.courseId()))
                    .isEqualTo(1);
            assertThat(count(
                            db,
                            "SELECT COUNT(*) FROM audit_log WHERE action = 'enrolment.unit' AND target_id = ?",
                            kristiansand))
                    .isGreaterThanOrEqualTo(2);
        }
        // And through the people feature: an administrator adds someone to the unit, and MembershipChanged enrols them.
        var joined = call("ada", "POST", "api/v1/people", """
                {"username":"nyansatt","displayName":"Nina Nyansatt","email":"nyansatt@example.no",
                 "preferredLanguage":"nb","roles":["LEARNER"],"unitIds":[%d]}""".formatted(kristiansand));
        assertThat(joined.statusCode()).as(joined.body()).isEqualTo(201);
        long nina = object(joined).getJsonNumber("id").longValue();
        try (Connection db = TestDatabase.connect()) {
            assertThat(count(
                            db,
                            "SELECT COUNT(*) FROM enrolment WHERE course_id = ? AND person_id = ? AND source = 'UNIT'",
                            course.courseId(),
                            nina))
                    .as("a new member of the unit is enrolled by the standing rule")
                    .isEqualTo(1);
        }
        var listed =
                (JsonArray) Http.json(call("leif", "GET", "api/v1/org-units/" + kristiansand + "/enrolments", null));
        assertThat(listed.getValuesAs(JsonObject.class))
                .extracting(rule -> rule.getJsonNumber("courseId").longValue())
                .contains(course.courseId());
    }

    @Test
    void nOfMCompletesTheCourseOnceEnoughUnitsAreDone() throws Exception {
        var course = CourseFixture.course("Velg to " + suffix())
                .nOfM(2)
                .task("A", "a")
                .task("B", "b")
                .task("C", "c")
                .create();
        call("arne", "POST", "api/v1/me/enrolments", "{\"courseId\": " + course.courseId() + "}");
        call("arne", "POST", "api/v1/me/progress/" + course.unit(2) + "/done", null);
        assertThat(object(call("arne", "GET", "api/v1/me/enrolments/" + course.courseId(), null))
                        .getString("status"))
                .isEqualTo("ACTIVE");
        call("arne", "POST", "api/v1/me/progress/" + course.unit(0) + "/done", null);
        call("arne", "POST", "api/v1/me/progress/" + course.unit(0) + "/done", null);
        JsonObject enrolment = object(call("arne", "GET", "api/v1/me/enrolments/" + course.courseId(), null));
        assertThat(enrolment.getString("status")).isEqualTo("COMPLETED");
        assertThat(enrolment.getInt("unitsDone")).isEqualTo(2);
        assertThat(enrolment.getInt("unitsNeeded")).isEqualTo(2);
        var third = call("arne", "POST", "api/v1/me/progress/" + course.unit(1) + "/done", null);
        assertThat(third.statusCode())
                .as("units stay open after the course is completed")
                .isEqualTo(200);
    }

    @Test
    void theLeaderSeesOnlyAggregatesOfHerOwnUnitsAndNothingBelowFive() throws Exception {
        var course = CourseFixture.course("Aggregert " + suffix())
                .closed()
                .task("Eneste", "Gjør det.")
                .create();
        long kristiansand = unitId("Avdeling Kristiansand");
        long arendal = unitId("Avdeling Arendal");
        insertPeople(6, kristiansand);
        call(
                "ada",
                "POST",
                "api/v1/org-units/" + kristiansand + "/enrolments",
                "{\"courseId\": " + course.courseId() + "}");
        call("lise", "POST", "api/v1/me/progress/" + course.unit(0) + "/done", null);

        var response = call("leif", "GET", "api/v1/leader/overview?course=" + course.courseId(), null);
        assertThat(response.statusCode()).isEqualTo(200);
        JsonObject overview = object(response);
        JsonObject total = overview.getJsonArray("totals").getJsonObject(0);
        assertThat(total.getString("courseTitle")).startsWith("Aggregert");
        assertThat(Integer.parseInt(total.getString("enrolled")))
                .as("everyone in Kristiansand")
                .isGreaterThanOrEqualTo(8);
        assertThat(total.getString("started")).isEqualTo("<5");
        assertThat(total.getString("completed")).isEqualTo("<5");
        assertThat(overview.getJsonArray("units").getValuesAs(JsonObject.class))
                .extracting(unit -> unit.getString("unitName"))
                .containsExactly("Avdeling Kristiansand");
        assertThat(response.body())
                .doesNotContainPattern("\"(enrolled|started|completed)\":\"?[0-4]\"?[,}]")
                .doesNotContain("lise")
                .doesNotContain("Lise");

        assertThat(call("leif", "GET", "api/v1/leader/overview?unit=" + arendal, null)
                        .statusCode())
                .isEqualTo(404);
        assertThat(object(call("ada", "GET", "api/v1/leader/overview?unit=" + arendal, null))
                        .getJsonArray("totals"))
                .as("admins see every unit")
                .isNotNull();
    }

    @Test
    void nobodyReachesAnotherPersonsDataOrAUnitTheyDoNotLead() throws Exception {
        var course = CourseFixture.course("Arnes kurs " + suffix())
                .closed()
                .task("Hemmelig", "Bare Arendal.")
                .create();
        long arendal = unitId("Avdeling Arendal");
        assertThat(call(
                                "ada",
                                "POST",
                                "api/v1/org-units/" + arendal + "/enrolments",
                                "{\"courseId\": " + course.courseId() + "}")
                        .statusCode())
                .isEqualTo(201);
        assertThat(call("arne", "POST", "api/v1/me/progress/" + course.unit(0) + "/done", null)
                        .statusCode())
                .isEqualTo(200);
        var unpublished = insertUnpublishedCourse();
        var cohort = object(call(
                "ada",
                "POST",
                "api/v1/courses/" + course.courseId() + "/cohorts",
                "{\"name\": \"Høstkullet\", \"startDate\": \"2027-09-01\"}"));
        long cohortId = cohort.getJsonNumber("id").longValue();

        List<String> failures = new ArrayList<>();
        for (String user : DEMO_USERS) {
            boolean arneHimself = user.equals("arne");
            boolean admin = user.equals("ada");
            List<String[]> attempts = new ArrayList<>();
            if (!arneHimself) {
                attempts.add(new String[] {"GET", "api/v1/me/enrolments/" + course.courseId(), null});
                attempts.add(new String[] {"DELETE", "api/v1/me/enrolments/" + course.courseId(), null});
                attempts.add(new String[] {"POST", "api/v1/me/progress/" + course.unit(0) + "/done", null});
                attempts.add(
                        new String[] {"POST", "api/v1/me/enrolments", "{\"courseId\": " + course.courseId() + "}"});
            }
            attempts.add(new String[] {"POST", "api/v1/me/enrolments", "{\"courseId\": " + unpublished + "}"});
            attempts.add(new String[] {"GET", "api/v1/courses/" + unpublished + "/availability", null});
            attempts.add(new String[] {"GET", "api/v1/courses/" + unpublished + "/cohorts", null});
            if (!admin) {
                attempts.add(new String[] {"GET", "api/v1/org-units/" + arendal + "/enrolments", null});
                attempts.add(new String[] {
                    "POST", "api/v1/org-units/" + arendal + "/enrolments", "{\"courseId\": " + course.courseId() + "}"
                });
                attempts.add(new String[] {"GET", "api/v1/leader/overview?unit=" + arendal, null});
            }
            if (!admin && !user.equals("leif")) {
                attempts.add(new String[] {"GET", "api/v1/leader/overview", null});
                attempts.add(new String[] {
                    "POST",
                    "api/v1/courses/" + course.courseId() + "/cohorts",
                    "{\"name\": \"Mitt kull\", \"startDate\": \"2027-09-01\"}"
                });
                attempts.add(new String[] {
                    "PUT", "api/v1/cohorts/" + cohortId, "{\"name\": \"Endret\", \"startDate\": \"2027-09-01\"}"
                });
                attempts.add(new String[] {"DELETE", "api/v1/cohorts/" + cohortId, null});
            }
            for (String[] attempt : attempts) {
                int status = call(user, attempt[0], attempt[1], attempt[2]).statusCode();
                if (status < 400) {
                    failures.add(user + " " + attempt[0] + " " + attempt[1] + " -> " + status);
                }
            }
            var progress = object(call(user, "GET", "api/v1/me/progress?course=" + course.courseId(), null));
            if (!arneHimself && progress.getInt("total") != 0) {
                failures.add(user + " sees progress in Arne's course: " + progress);
            }
        }
        for (String path : List.of(
                "api/v1/me/enrolments",
                "api/v1/me/progress",
                "api/v1/leader/overview",
                "api/v1/courses/" + course.courseId() + "/availability")) {
            int status = call(null, "GET", path, null).statusCode();
            if (status != 401) {
                failures.add("anonymous GET " + path + " -> " + status);
            }
        }
        assertThat(failures).isEmpty();
        assertThat(object(call("arne", "GET", "api/v1/me/progress?course=" + course.courseId(), null))
                        .getInt("total"))
                .as("Arne's own progress is intact")
                .isEqualTo(1);
        assertThat(object(call("arne", "GET", "api/v1/me/enrolments/" + course.courseId(), null))
                        .getString("status"))
                .isEqualTo("COMPLETED");
        assertThat(object(call("lise", "GET", "api/v1/cohorts/" + cohortId, null))
                        .getString("name"))
                .as("the cohort survived every attempt")
                .isEqualTo("Høstkullet");
    }

    @Test
    void cohortsAreCreatedChangedAndDeletedByAdminsAndLearnersEnrolIntoThem() throws Exception {
        var course =
                CourseFixture.course("Kullkurs " + suffix()).task("En", "en").create();
        var created = call(
                "ada",
                "POST",
                "api/v1/courses/" + course.courseId() + "/cohorts",
                "{\"name\": \"Vårkullet\", \"startDate\": \"2027-02-01\", \"orgUnitId\": "
                        + unitId("Avdeling Kristiansand") + "}");
        assertThat(created.statusCode()).isEqualTo(201);
        long cohortId = object(created).getJsonNumber("id").longValue();
        var invalid = call("ada", "POST", "api/v1/courses/" + course.courseId() + "/cohorts", "{\"name\": \" \"}");
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(invalid.body()).contains("startDate").contains("name");

        var enrolled = object(call(
                "lise",
                "POST",
                "api/v1/me/enrolments",
                "{\"courseId\": " + course.courseId() + ", \"cohortId\": " + cohortId + "}"));
        assertThat(enrolled.getJsonNumber("cohortId").longValue()).isEqualTo(cohortId);

        var changed = object(call(
                "leif",
                "PUT",
                "api/v1/cohorts/" + cohortId,
                "{\"name\": \"Vårkullet 2027\", \"startDate\": \"2027-03-01\"}"));
        assertThat(changed.getString("startDate")).isEqualTo("2027-03-01");
        assertThat(((JsonArray) Http.json(
                                call("arne", "GET", "api/v1/courses/" + course.courseId() + "/cohorts", null)))
                        .getJsonObject(0)
                        .getString("name"))
                .isEqualTo("Vårkullet 2027");

        assertThat(call("ada", "DELETE", "api/v1/cohorts/" + cohortId, null).statusCode())
                .isEqualTo(204);
        assertThat(call("ada", "GET", "api/v1/cohorts/" + cohortId, null).statusCode())
                .isEqualTo(404);
        assertThat(object(call("lise", "GET", "api/v1/me/enrolments/" + course.courseId(), null))
                        .getString("status"))
                .as("members stay enrolled")
                .isEqualTo("ACTIVE");
        try (Connection db = TestDatabase.connect()) {
            assertThat(count(
                            db,
                            "SELECT COUNT(*) FROM audit_log WHERE target_type = 'cohort' AND target_id = ?",
                            cohortId))
                    .isEqualTo(3);
        }
    }

    @Test
    void theApiIsDescribedInOpenApi() throws InterruptedException {
        // Payara builds the document in the background after deployment; give it a moment.
        var response = new Http(base).get("openapi", "Accept", "application/json");
        for (int attempt = 0; attempt < 90 && !response.body().contains("/api/v1/"); attempt++) {
            Thread.sleep(1000);
            response = new Http(base).get("openapi", "Accept", "application/json");
        }
        assertThat(response.body())
                .contains("/api/v1/me/enrolments")
                .contains("/api/v1/me/progress/{unitId}/done")
                .contains("/api/v1/leader/overview")
                .contains("/api/v1/org-units/{unitId}/enrolments")
                .contains("/api/v1/courses/{courseId}/cohorts")
                .contains("/api/v1/courses/{courseId}/availability");
    }

    // --- helpers

    private HttpResponse<String> call(String user, String method, String path, String json) {
        var builder = HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(120))
                .header("Accept", "application/json");
        if (user != null) {
            builder.header(
                    "Authorization",
                    "Basic "
                            + Base64.getEncoder()
                                    .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        if (json != null) {
            builder.header("Content-Type", "application/json");
        }
        builder.method(
                method,
                json == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        try {
            return CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonObject object(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isLessThan(400);
        return (JsonObject) Http.json(response);
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 6);
    }

    private static long unitId(String name) throws SQLException {
        try (Connection db = TestDatabase.connect()) {
            return count(db, "SELECT id FROM org_unit WHERE name = ?", name);
        }
    }

    private static long count(Connection db, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /** Learners inserted straight into the database (this branch has no people API), members of the unit. */
    static List<Long> insertPeople(int howMany, long unitId) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Connection db = TestDatabase.connect()) {
            for (int i = 0; i < howMany; i++) {
                String username = "it-" + UUID.randomUUID().toString().substring(0, 8);
                try (PreparedStatement person = db.prepareStatement(
                        "INSERT INTO person (username, display_name, email,"
                                + " preferred_language, active, failed_sign_ins, created_at, version) VALUES"
                                + " (?, ?, ?, 'nb', TRUE, 0, CURRENT_TIMESTAMP, 1)",
                        java.sql.Statement.RETURN_GENERATED_KEYS)) {
                    person.setString(1, username);
                    person.setString(2, "Test " + username);
                    person.setString(3, username + "@test.vidsynt.no");
                    person.executeUpdate();
                    ResultSet keys = person.getGeneratedKeys();
                    keys.next();
                    ids.add(keys.getLong(1));
                }
                long id = ids.get(ids.size() - 1);
                db.createStatement()
                        .executeUpdate("INSERT INTO person_role (person_id, role) VALUES (" + id + ", 'LEARNER')");
                db.createStatement()
                        .executeUpdate(
                                "INSERT INTO person_unit (person_id, unit_id) VALUES (" + id + ", " + unitId + ")");
            }
        }
        return ids;
    }

    private static long insertUnpublishedCourse() throws SQLException {
        try (Connection db = TestDatabase.connect();
                PreparedStatement statement = db.prepareStatement(
                        "INSERT INTO course (programme_key, title,"
                                + " self_enrolment, completion_rule, created_at, version) VALUES ('medarbeider', 'Utkast', TRUE,"
                                + " 'ALL_REQUIRED', CURRENT_TIMESTAMP, 1)",
                        java.sql.Statement.RETURN_GENERATED_KEYS)) {
            statement.executeUpdate();
            ResultSet keys = statement.getGeneratedKeys();
            keys.next();
            return keys.getLong(1);
        }
    }
}
