package no.vidsynt.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the API does with input it should refuse (issue 10, items 7, 8, 10 and 11): malformed bodies, out-of-range
 * numbers, URLs that are no URLs, line breaks in single-line texts, impossible paging, and cohorts of other units.
 * Every refusal is a 400 (or 403) problem document that names the field; nothing answers 500.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiInputIT {

    private static final String PASSWORD = "vidsynt-demo";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return VidSyntDeployment.war();
    }

    @ArquillianResource
    URL url;

    private JsonApi as(String user) throws Exception {
        return new JsonApi(url.toURI(), user, PASSWORD);
    }

    /** A fixed time some days ahead, so that a body can be edited by replacing it. */
    private static final LocalDateTime START =
            LocalDateTime.now(ZoneId.of("Europe/Oslo")).plusDays(5).truncatedTo(ChronoUnit.HOURS);

    private static String time(int days, int hours) {
        return START.plusDays(days - 5).plusHours(hours).toString();
    }

    private static String session(String title, String place, String videoLink) {
        return "{\"kind\":\"PRACTICE_TRAINING\",\"programmeKey\":\"veiledning\",\"title\":" + jsonString(title)
                + ",\"start\":\"" + time(5, 0)
                + "\",\"end\":\"" + time(5, 2) + "\"" + (place == null ? "" : ",\"place\":" + jsonString(place))
                + (videoLink == null ? "" : ",\"videoLink\":" + jsonString(videoLink)) + ",\"capacity\":5}";
    }

    private static String jsonString(String text) {
        return jakarta.json.Json.createValue(text).toString();
    }

    /** One malformed call and the field its problem document must name. */
    private record Malformed(String user, String method, String path, String body, String field) {}

    @Test
    void malformedBodiesAnswer400ProblemsThatNameTheField() throws Exception {
        var course = CourseFixture.course("Feilinndata " + System.nanoTime())
                .task("En", "en")
                .create();
        String cohorts = "api/v1/courses/" + course.courseId() + "/cohorts";
        String goodSession = session("Gyldig økt", "Kristiansand", null);
        List<Malformed> table = List.of(
                new Malformed("anne", "POST", "api/v1/authoring/courses", "{\"title\":\"x\"", "body"),
                new Malformed("anne", "POST", "api/v1/authoring/courses", "[]", "body"),
                new Malformed("anne", "POST", "api/v1/authoring/courses", "\"just text\"", "body"),
                new Malformed(
                        "anne",
                        "POST",
                        "api/v1/authoring/courses",
                        "{\"programme\":\"veiledning\",\"title\":\"T\",\"completionRule\":\"SOMETIMES\"}",
                        "completionRule"),
                new Malformed(
                        "anne",
                        "POST",
                        "api/v1/authoring/courses",
                        "{\"programme\":\"veiledning\",\"title\":\"T\",\"completionRule\":\"N_OF_M\","
                                + "\"completionCount\":99999999999}",
                        "completionCount"),
                new Malformed(
                        "anne",
                        "POST",
                        "api/v1/authoring/courses",
                        "{\"programme\":\"veiledning\",\"title\":\"T\",\"selfEnrolment\":\"yes\"}",
                        "selfEnrolment"),
                new Malformed(
                        "anne",
                        "POST",
                        "api/v1/authoring/courses",
                        "{\"programme\":\"veiledning\",\"title\":{\"nb\":\"T\"}}",
                        "title"),
                new Malformed("lise", "POST", "api/v1/me/enrolments", "{\"courseId\":1e99}", "courseId"),
                new Malformed("lise", "POST", "api/v1/me/enrolments", "{\"courseId\":\"abc\"}", "courseId"),
                new Malformed("lise", "POST", "api/v1/me/enrolments", "{\"courseId\":1.5}", "courseId"),
                new Malformed(
                        "lise",
                        "POST",
                        "api/v1/me/enrolments",
                        "{\"courseId\":" + course.courseId() + ",\"cohortId\":-99999999999999999999}",
                        "cohortId"),
                new Malformed("ada", "POST", cohorts, "{\"name\":\"Kull\",\"startDate\":\"01.09.2027\"}", "startDate"),
                new Malformed("ada", "POST", cohorts, "{\"name\":\"Kull\",\"startDate\":20270901}", "startDate"),
                new Malformed(
                        "tor", "POST", "api/v1/sessions", goodSession.replace(time(5, 0), "05.12.2026 09:00"), "start"),
                new Malformed(
                        "tor",
                        "POST",
                        "api/v1/sessions",
                        goodSession.replace("\"capacity\":5", "\"capacity\":99999999999"),
                        "capacity"),
                new Malformed(
                        "tor",
                        "POST",
                        "api/v1/sessions",
                        goodSession.replace("\"capacity\":5", "\"capacity\":\"many\""),
                        "capacity"),
                new Malformed(
                        "tor",
                        "POST",
                        "api/v1/sessions",
                        goodSession.replace("\"capacity\":5", "\"capacity\":5,\"courseId\":1e99"),
                        "courseId"),
                new Malformed("tor", "POST", "api/v1/sessions", "{\"kind\":", "body"),
                new Malformed(
                        "ada", "POST", "api/v1/people", "{\"username\":\"x\",\"unitIds\":[1,\"two\"]}", "unitIds[1]"),
                new Malformed("ada", "POST", "api/v1/people", "{\"username\":[\"x\"]}", "username"));
        List<String> failures = new ArrayList<>();
        for (Malformed call : table) {
            HttpResponse<String> response = as(call.user()).send(call.method(), call.path(), call.body(), null);
            String what = call.method() + " " + call.path() + " " + call.body() + " -> " + response.statusCode() + " "
                    + response.body();
            if (response.statusCode() != 400
                    || !response.headers()
                            .firstValue("Content-Type")
                            .orElse("")
                            .startsWith("application/problem+json")) {
                failures.add(what);
                continue;
            }
            JsonObject problem = JsonApi.object(response);
            boolean named = problem.containsKey("errors")
                    && !problem.isNull("errors")
                    && problem.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                            .anyMatch(error -> error.getString("field").equals(call.field()));
            if (!named) {
                failures.add("field " + call.field() + " not named: " + what);
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void anAttendanceThatIsNoKnownValueIsA400() throws Exception {
        var created = as("tor").post("api/v1/sessions", session("Oppmøtetest", "Arendal", null));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long session = ((JsonArray) Http.json(created))
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        assertThat(as("lise")
                        .post("api/v1/sessions/" + session + "/booking", null)
                        .statusCode())
                .isEqualTo(201);
        long booking;
        try (Connection db = TestDatabase.connect()) {
            booking = single(db, "SELECT id FROM session_booking WHERE session_id = ?", session);
        }
        var maybe = as("tor").put("api/v1/sessions/" + session + "/roster/" + booking, "{\"attendance\":\"MAYBE\"}");
        assertThat(maybe.statusCode()).as(maybe.body()).isEqualTo(400);
        assertThat(maybe.body()).contains("\"field\":\"attendance\"").contains("ATTENDED");
    }

    @Test
    void aVideoLinkIsAnHttpsUrlAndABadStoredOneNeverBreaksBooking() throws Exception {
        var refused = as("tor")
                .post("api/v1/sessions", session("Lenketest", null, "https://x.example/\"><svg/onload=alert(1)>"));
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(refused.body()).contains("videoLink");
        for (String bad : List.of("https://", "http://meet.example.no/rom", "https://exa mple.no")) {
            assertThat(as("tor")
                            .post("api/v1/sessions", session("Lenketest", null, bad))
                            .statusCode())
                    .as(bad)
                    .isEqualTo(400);
        }
        var good = as("tor").post("api/v1/sessions", session("Lenketest", null, "https://meet.example.no/rom?id=7"));
        assertThat(good.statusCode()).as(good.body()).isEqualTo(201);
        long session = ((JsonArray) Http.json(good))
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();

        // A value stored before links were checked (or by another path) must not make the session unbookable.
        try (Connection db = TestDatabase.connect();
                PreparedStatement update =
                        db.prepareStatement("UPDATE training_session SET video_link = ? WHERE id = ?")) {
            update.setString(1, "https://x.example/\"><svg/onload=alert(1)>");
            update.setLong(2, session);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
        var booked = as("arne").post("api/v1/sessions/" + session + "/booking", null);
        assertThat(booked.statusCode()).as(booked.body()).isEqualTo(201);
        assertThat(as("arne").delete("api/v1/sessions/" + session + "/booking").statusCode())
                .isEqualTo(200);
        assertThat(as("arne").get("api/v1/sessions/mine").statusCode()).isEqualTo(200);
    }

    @Test
    void lineBreaksAreRefusedInSingleLineTexts() throws Exception {
        var title = as("tor").post("api/v1/sessions", session("Økt\r\nBcc: spy@example.no", "Kristiansand", null));
        assertThat(title.statusCode()).as(title.body()).isEqualTo(400);
        assertThat(title.body()).contains("\"field\":\"title\"");
        var place = as("tor").post("api/v1/sessions", session("Økt", "Rom 1\nSEVERE: forged", null));
        assertThat(place.statusCode()).as(place.body()).isEqualTo(400);
        assertThat(place.body()).contains("\"field\":\"place\"");
        var course = as("anne")
                .post(
                        "api/v1/authoring/courses",
                        "{\"programme\":\"veiledning\",\"title\":\"Kurs\\nX-Injected: 1\",\"completionRule\":\"ALL_REQUIRED\"}");
        assertThat(course.statusCode()).as(course.body()).isEqualTo(400);
        assertThat(course.body()).contains("title");

        var ok = as("tor").post("api/v1/sessions", session("Meldingsøkt", "Kristiansand", null));
        long session =
                ((JsonArray) Http.json(ok)).getJsonObject(0).getJsonNumber("id").longValue();
        var message = as("tor")
                .post(
                        "api/v1/sessions/" + session + "/messages",
                        "{\"subject\":\"Hei\\r\\nBcc: all@example.no\",\"text\":\"Velkommen\"}");
        assertThat(message.statusCode()).as(message.body()).isEqualTo(400);
    }

    @Test
    void aTitleOverTheLimitIsRefusedWithTheLimitNotCut() throws Exception {
        var course = as("anne")
                .post(
                        "api/v1/authoring/courses",
                        "{\"programme\":\"veiledning\",\"title\":\"" + "x".repeat(10_000)
                                + "\",\"completionRule\":\"ALL_REQUIRED\"}");
        assertThat(course.statusCode()).as(course.body()).isEqualTo(400);
        assertThat(course.body()).contains("title").contains("200");
        var session = as("tor").post("api/v1/sessions", session("x".repeat(10_000), "Kristiansand", null));
        assertThat(session.statusCode()).isEqualTo(400);
        assertThat(session.body()).contains("\"field\":\"title\"").contains("200");
    }

    @Test
    void impossiblePagingOfPeopleIsRefusedLikeTheOtherLists() throws Exception {
        JsonApi ada = as("ada");
        for (String query : List.of("page=-1", "size=100000", "size=0", "size=-5", "page=-1&size=10")) {
            var response = ada.get("api/v1/people?" + query);
            assertThat(response.statusCode()).as(query + " " + response.body()).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        }
        assertThat(ada.get("api/v1/people?page=0&size=200").statusCode()).isEqualTo(200);
        assertThat(ada.get("api/v1/audit?size=100000").statusCode()).isEqualTo(400);
    }

    @Test
    void aLeaderManagesOnlyTheCohortsOfTheirOwnUnits() throws Exception {
        var course = CourseFixture.course("Kull for ledere " + System.nanoTime())
                .task("En", "en")
                .create();
        long kristiansand = orgUnit("Avdeling Kristiansand");
        long arendal = orgUnit("Avdeling Arendal");
        String cohorts = "api/v1/courses/" + course.courseId() + "/cohorts";
        long arendalCohort = id(as("ada")
                .post(
                        cohorts,
                        "{\"name\":\"Arendal-kullet\",\"startDate\":\"2027-09-01\"," + "\"orgUnitId\":" + arendal
                                + "}"));
        long everyone = id(as("ada").post(cohorts, "{\"name\":\"Fellesskullet\",\"startDate\":\"2027-09-01\"}"));

        JsonApi leif = as("leif");
        for (long foreign : List.of(arendalCohort, everyone)) {
            var rename = leif.put("api/v1/cohorts/" + foreign, "{\"name\":\"Kapret\",\"startDate\":\"2027-09-01\"}");
            assertThat(rename.statusCode()).as(rename.body()).isEqualTo(403);
            assertThat(leif.delete("api/v1/cohorts/" + foreign).statusCode()).isEqualTo(403);
            assertThat(leif.post("api/v1/cohorts/" + foreign + "/members", "{\"personId\":1}")
                            .statusCode())
                    .isEqualTo(403);
        }
        assertThat(JsonApi.object(as("lise").get("api/v1/cohorts/" + arendalCohort))
                        .getString("name"))
                .isEqualTo("Arendal-kullet");
        assertThat(leif.post(
                                cohorts,
                                "{\"name\":\"Ikke mitt\",\"startDate\":\"2027-09-01\",\"orgUnitId\":" + arendal + "}")
                        .statusCode())
                .as("a leader cannot create a cohort for another unit")
                .isEqualTo(404);
        assertThat(leif.post(cohorts, "{\"name\":\"Uten enhet\",\"startDate\":\"2027-09-01\"}")
                        .statusCode())
                .isEqualTo(400);

        long own = id(leif.post(
                cohorts,
                "{\"name\":\"Kristiansand-kullet\",\"startDate\":\"2027-09-01\"," + "\"orgUnitId\":" + kristiansand
                        + "}"));
        var renamed =
                leif.put("api/v1/cohorts/" + own, "{\"name\":\"Kristiansand høst\",\"startDate\":\"2027-10-01\"}");
        assertThat(renamed.statusCode()).as(renamed.body()).isEqualTo(200);
        long lise = personId("lise");
        var added = leif.post("api/v1/cohorts/" + own + "/members", "{\"personId\":" + lise + "}");
        assertThat(added.statusCode()).as(added.body()).isEqualTo(200);
        assertThat(JsonApi.object(added).getJsonNumber("cohortId").longValue()).isEqualTo(own);
        assertThat(leif.post("api/v1/cohorts/" + own + "/members", "{\"personId\":" + personId("arne") + "}")
                        .statusCode())
                .as("Arne is in Arendal, not in Leif's unit")
                .isEqualTo(404);
        assertThat(leif.delete("api/v1/cohorts/" + own).statusCode()).isEqualTo(204);
        assertThat(as("ada").delete("api/v1/cohorts/" + arendalCohort).statusCode())
                .isEqualTo(204);
    }

    @Test
    void aLeaderUndoesAUnitEnrolmentWithoutTouchingThoseWhoStarted() throws Exception {
        var course = CourseFixture.course("Angrekurs " + System.nanoTime())
                .task("En", "en")
                .task("To", "to")
                .create();
        long kristiansand = orgUnit("Avdeling Kristiansand");
        JsonApi leif = as("leif");
        var enrolled = leif.post(
                "api/v1/org-units/" + kristiansand + "/enrolments", "{\"courseId\":" + course.courseId() + "}");
        assertThat(enrolled.statusCode()).as(enrolled.body()).isEqualTo(201);
        int now = JsonApi.object(enrolled).getInt("enrolledNow");
        assertThat(now).isGreaterThan(1);
        assertThat(as("lise")
                        .post("api/v1/me/progress/" + course.unit(0) + "/done", null)
                        .statusCode())
                .isEqualTo(200);

        var undone = leif.delete("api/v1/org-units/" + kristiansand + "/enrolments/" + course.courseId());
        assertThat(undone.statusCode()).as(undone.body()).isEqualTo(200);
        assertThat(JsonApi.object(undone).getInt("withdrawn")).isEqualTo(now - 1);
        assertThat(JsonApi.object(as("lise").get("api/v1/me/enrolments/" + course.courseId()))
                        .getString("status"))
                .as("Lise had started: she keeps her enrolment")
                .isEqualTo("ACTIVE");
        assertThat(leif.delete("api/v1/org-units/" + orgUnit("Avdeling Arendal") + "/enrolments/" + course.courseId())
                        .statusCode())
                .isEqualTo(404);
    }

    private static long id(HttpResponse<String> created) {
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return JsonApi.object(created).getJsonNumber("id").longValue();
    }

    private static long orgUnit(String name) throws SQLException {
        try (Connection db = TestDatabase.connect()) {
            return single(db, "SELECT id FROM org_unit WHERE name = ?", name);
        }
    }

    private static long personId(String username) throws SQLException {
        try (Connection db = TestDatabase.connect()) {
            return single(db, "SELECT id FROM person WHERE username = ?", username);
        }
    }

    private static long single(Connection db, String sql, Object value) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setObject(1, value);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    @SuppressWarnings("unused")
    private URI base() throws Exception {
        return url.toURI();
    }
}
