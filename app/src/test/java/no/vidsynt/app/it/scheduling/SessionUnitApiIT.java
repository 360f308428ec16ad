package no.vidsynt.app.it.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import no.vidsynt.app.it.CourseFixture;
import no.vidsynt.app.it.Http;
import no.vidsynt.app.it.MailServer;
import no.vidsynt.app.it.TestDatabase;
import no.vidsynt.app.it.VidSyntDeployment;
import no.vidsynt.core.catalogue.control.PublishedCourse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A session unit through the API: its session is not bookable while the unit is not available to the learner (the
 * problem document names the reason), bookable once the self-study before it is done; attendance completes the unit
 * and opens the unit that requires it. The reminder before the session asks for the reflection while it is unwritten.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SessionUnitApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return VidSyntDeployment.war();
    }

    @ArquillianResource
    URL url;

    private static PublishedCourse.Availability afterPrevious() {
        return new PublishedCourse.Availability(
                List.of(new PublishedCourse.Prerequisite(PublishedCourse.Prerequisite.Kind.UNIT, -1)),
                null,
                null,
                null,
                null);
    }

    @Test
    void aSessionOfAUnitNotYetAvailableIsRefusedWithTheReasonThenBookableAndAttendanceOpensTheNextUnit()
            throws Exception {
        BookingFixture api = new BookingFixture(url.toURI());
        CourseFixture.Created course = CourseFixture.course("Blandet vei API")
                .section("Trening")
                .task("Les om samtalen", "Les teksten.")
                .unit("Praksistrening", "session", true, "{\"before\": \"Hva vil du øve på?\"}", afterPrevious())
                .unit("Etter treningen", "task", true, "{\"text\": \"Skriv ned hva du lærte.\"}", afterPrevious())
                .create();
        long reading = course.unit(0);
        long sessionUnit = course.unit(1);
        long later = course.unit(2);
        long learner = BookingFixture.learners("blendapi", 1).get(0);
        BookingFixture.enrol(course.courseId(), List.of(learner));
        long session = createSession(api, "Praksistrening 1", sessionUnit);

        HttpResponse<String> refused = api.call("POST", "api/v1/sessions/" + session + "/booking", "blendapi1", null);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
        assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonObject problem = (JsonObject) Http.json(refused);
        assertThat(problem.getString("type")).isEqualTo("urn:vidsynt:scheduling:refused.unitNotAvailable");
        assertThat(problem.getInt("status")).isEqualTo(409);
        assertThat(problem.getString("detail")).contains("Les om samtalen");
        assertThat(seatsTaken(session)).isZero();

        HttpResponse<String> done = api.call("POST", "api/v1/me/progress/" + reading + "/done", "blendapi1", null);
        assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
        HttpResponse<String> booked = api.call("POST", "api/v1/sessions/" + session + "/booking", "blendapi1", null);
        assertThat(booked.statusCode()).as(booked.body()).isEqualTo(201);
        assertThat(((JsonObject) Http.json(booked)).getString("status")).isEqualTo("BOOKED");

        HttpResponse<String> closedLater = api.call("POST", "api/v1/me/progress/" + later + "/done", "blendapi1", null);
        assertThat(closedLater.statusCode())
                .as("the unit after the session waits for attendance")
                .isEqualTo(409);

        HttpResponse<String> roster = api.call("GET", "api/v1/sessions/" + session + "/roster", "tor", null);
        long bookingId = ((JsonArray) Http.json(roster))
                .getJsonObject(0)
                .getJsonNumber("bookingId")
                .longValue();
        HttpResponse<String> marked = api.call(
                "PUT", "api/v1/sessions/" + session + "/roster/" + bookingId, "tor", "{\"attendance\":\"ATTENDED\"}");
        assertThat(marked.statusCode()).as(marked.body()).isEqualTo(200);
        assertThat(status(learner, sessionUnit)).isEqualTo("COMPLETED");

        HttpResponse<String> laterDone = api.call("POST", "api/v1/me/progress/" + later + "/done", "blendapi1", null);
        assertThat(laterDone.statusCode()).as(laterDone.body()).isEqualTo(200);
    }

    @Test
    void theReminderBeforeTheSessionAsksForTheReflectionOnlyWhileItIsUnwritten() throws Exception {
        BookingFixture api = new BookingFixture(url.toURI());
        CourseFixture.Created course = CourseFixture.course("Blandet vei påminnelse")
                .section("Trening")
                .unit("Trening med refleksjon", "session", true, "{\"before\": \"Hva vil du øve på?\"}", null)
                .create();
        long unit = course.unit(0);
        List<Long> learners = BookingFixture.learners("blendmail", 2);
        BookingFixture.enrol(course.courseId(), learners);
        // The second learner has written and submitted the reflection already.
        BookingFixture.execute(
                "INSERT INTO ss_journal_entry (person_id, unit_id, moment, status, created_at, "
                        + "updated_at, submitted_at, version) VALUES (?, ?, 'BEFORE', 'SUBMITTED', NOW(), NOW(), NOW(), 1)",
                learners.get(1),
                unit);
        String start = LocalDateTime.now(ZoneId.of("Europe/Oslo"))
                .plusMinutes(40)
                .truncatedTo(ChronoUnit.MINUTES)
                .toString();
        long session = createSession(api, "Snart trening", unit, start);
        for (String learner : List.of("blendmail1", "blendmail2")) {
            HttpResponse<String> booked = api.call("POST", "api/v1/sessions/" + session + "/booking", learner, null);
            assertThat(booked.statusCode()).as(booked.body()).isEqualTo(201);
        }

        String unwritten = awaitReminder("blendmail1@test.vidsynt.no");
        assertThat(unwritten)
                .contains("Du har ikke skrevet refleksjonen før økten ennå")
                .contains("learning/unit.xhtml?id=" + unit);
        String written = awaitReminder("blendmail2@test.vidsynt.no");
        assertThat(written)
                .contains("Dette er en påminnelse om økten du er påmeldt.")
                .doesNotContain("refleksjonen");
    }

    /** The text of the reminder mail to the address, once it has come. */
    private static String awaitReminder(String address) {
        String[] text = new String[1];
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    for (MimeMessage message : MailServer.greenMail().getReceivedMessages()) {
                        if (Arrays.stream(message.getAllRecipients())
                                        .anyMatch(a -> a.toString().contains(address))
                                && message.getSubject().startsWith("Påminnelse")) {
                            text[0] = textOf(message.getContent());
                            return true;
                        }
                    }
                    return false;
                });
        return text[0];
    }

    private static String textOf(Object content) throws Exception {
        if (content instanceof Multipart parts) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < parts.getCount(); i++) {
                text.append(textOf(parts.getBodyPart(i).getContent()));
            }
            return text.toString();
        }
        return content instanceof String plain ? plain : "";
    }

    private long createSession(BookingFixture api, String title, long unitId) {
        String start = LocalDateTime.now(ZoneId.of("Europe/Oslo"))
                .plusDays(3)
                .truncatedTo(ChronoUnit.MINUTES)
                .toString();
        return createSession(api, title, unitId, start);
    }

    private long createSession(BookingFixture api, String title, long unitId, String start) {
        String end = LocalDateTime.parse(start).plusHours(2).toString();
        var created = api.call(
                "POST",
                "api/v1/sessions",
                "tor",
                "{\"kind\":\"PRACTICE_TRAINING\",\"title\":\"" + title
                        + "\",\"unitId\":" + unitId + ",\"start\":\"" + start + "\",\"end\":\"" + end
                        + "\",\"place\":\"Kristiansand\",\"capacity\":4,\"offerMinutes\":0}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return ((JsonArray) Http.json(created))
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
    }

    private static long seatsTaken(long session) throws Exception {
        try (Connection db = TestDatabase.connect();
                PreparedStatement query =
                        db.prepareStatement("SELECT COUNT(*) FROM session_booking WHERE session_id = ?")) {
            query.setLong(1, session);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static String status(long person, long unit) throws Exception {
        try (Connection db = TestDatabase.connect();
                PreparedStatement query =
                        db.prepareStatement("SELECT status FROM unit_progress WHERE person_id = ? AND unit_id = ?")) {
            query.setLong(1, person);
            query.setLong(2, unit);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }
}
