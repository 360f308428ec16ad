package no.vidsynt.app.it.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.vidsynt.app.it.Http;
import no.vidsynt.app.it.MailServer;
import no.vidsynt.app.it.TestDatabase;
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
 * Training sessions through the real REST API against MariaDB: booking never overbooks under 500 concurrent
 * requests, the waitlist and its offers, deadlines and windows, eligibility, and the mails (with calendar
 * invitations) that a real SMTP server receives.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BookingApiIT {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return VidSyntDeployment.war();
    }

    @ArquillianResource
    URL url;

    private BookingFixture api;

    @BeforeEach
    void connect() throws Exception {
        api = new BookingFixture(url.toURI());
    }

    /** A session JSON; times are Oslo wall-clock times, hours from now (null leaves a value out). */
    private static String session(
            String title,
            int capacity,
            Long courseId,
            Long unitId,
            double startsInHours,
            Double opensInHours,
            Double closesInHours,
            Double deadlineInHours,
            int offerMinutes) {
        return "{\"kind\":\"PRACTICE_TRAINING\",\"title\":\"" + title + "\",\"programmeKey\":\"veiledning\","
                + (courseId == null ? "" : "\"courseId\":" + courseId + ",")
                + (unitId == null ? "" : "\"unitId\":" + unitId + ",")
                + "\"start\":\"" + oslo(startsInHours) + "\",\"end\":\"" + oslo(startsInHours + 2) + "\","
                + "\"place\":\"Kristiansand, rom 2\",\"capacity\":" + capacity + ","
                + (opensInHours == null ? "" : "\"bookingOpens\":\"" + oslo(opensInHours) + "\",")
                + (closesInHours == null ? "" : "\"bookingCloses\":\"" + oslo(closesInHours) + "\",")
                + (deadlineInHours == null ? "" : "\"cancellationDeadline\":\"" + oslo(deadlineInHours) + "\",")
                + "\"offerMinutes\":" + offerMinutes + "}";
    }

    private static String oslo(double hoursFromNow) {
        return LocalDateTime.now(OSLO)
                .plusMinutes((long) (hoursFromNow * 60))
                .truncatedTo(ChronoUnit.MINUTES)
                .toString();
    }

    private long create(String json) {
        HttpResponse<String> created = api.call("POST", "api/v1/sessions", "tor", json);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return ((JsonArray) Http.json(created))
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
    }

    private JsonObject book(long session, String user, int expectedStatus) {
        HttpResponse<String> response = api.call("POST", "api/v1/sessions/" + session + "/booking", user, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(expectedStatus);
        return (JsonObject) Http.json(response);
    }

    private String myStatus(long session, String user) {
        JsonObject one = (JsonObject) Http.json(api.call("GET", "api/v1/sessions/" + session, user, null));
        return one.isNull("myStatus") ? null : one.getString("myStatus");
    }

    @Test
    void fiveHundredConcurrentBookingsFillTwentySeatsAndWaitlistTheRestInOrder() throws Exception {
        long[] course = BookingFixture.course("Samtidighet", 1);
        List<Long> people = BookingFixture.learners("load", 500);
        BookingFixture.enrol(course[0], people);
        long session = create(session("Tjue plasser", 20, course[0], course[1], 72, null, null, null, 60));

        // 500 clients, each with its own account, released at once by a barrier (HTTP Basic on every request).
        CyclicBarrier barrier = new CyclicBarrier(500);
        ExecutorService clients = Executors.newFixedThreadPool(500);
        List<Future<HttpResponse<String>>> responses = new ArrayList<>();
        long started = System.nanoTime();
        for (int i = 1; i <= 500; i++) {
            String username = "load" + i;
            responses.add(clients.submit(() -> {
                barrier.await();
                return api.call("POST", "api/v1/sessions/" + session + "/booking", username, null);
            }));
        }
        java.util.Map<String, Integer> answers = new java.util.TreeMap<>();
        for (Future<HttpResponse<String>> future : responses) {
            HttpResponse<String> response = future.get();
            String answer = response.statusCode() == 201
                    ? ((JsonObject) Http.json(response)).getString("status")
                    : "HTTP " + response.statusCode();
            answers.merge(answer, 1, Integer::sum);
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        clients.shutdown();
        System.out.println("500 concurrent bookings answered in " + millis + " ms: " + answers);

        try (Connection db = TestDatabase.connect()) {
            ResultSet counts = db.createStatement()
                    .executeQuery("SELECT status, COUNT(*), COUNT(DISTINCT person_id) "
                            + "FROM session_booking WHERE session_id = " + session
                            + " GROUP BY status ORDER BY status");
            List<String> rows = new ArrayList<>();
            while (counts.next()) {
                rows.add(counts.getString(1) + "=" + counts.getInt(2) + "/" + counts.getInt(3));
            }
            assertThat(rows)
                    .as("booked = 20, everyone else waitlisted, nobody twice (answers: " + answers + ")")
                    .containsExactly("BOOKED=20/20", "WAITLISTED=480/480");
            assertThat(answers)
                    .as("every request answered 201: 20 booked, 480 waitlisted")
                    .isEqualTo(java.util.Map.of("BOOKED", 20, "WAITLISTED", 480));
            ResultSet order = db.createStatement()
                    .executeQuery("SELECT waitlist_position FROM session_booking " + "WHERE session_id = " + session
                            + " AND status = 'WAITLISTED' ORDER BY requested_at, id");
            List<Long> positions = new ArrayList<>();
            while (order.next()) {
                positions.add(order.getLong(1));
            }
            List<Long> expected = new ArrayList<>();
            for (long p = 1; p <= 480; p++) {
                expected.add(p);
            }
            assertThat(positions)
                    .as(
                            "waitlist positions 1..480, in the order people joined (got %d distinct)",
                            positions.stream().distinct().count())
                    .isEqualTo(expected);
            ResultSet before = db.createStatement()
                    .executeQuery("SELECT "
                            + "(SELECT MAX(confirmed_at) FROM session_booking WHERE session_id = " + session
                            + " AND status = 'BOOKED') <= "
                            + "(SELECT MIN(requested_at) FROM session_booking WHERE session_id = " + session
                            + " AND status = 'WAITLISTED')");
            before.next();
            assertThat(before.getBoolean(1))
                    .as("every seat was taken before anyone was waitlisted")
                    .isTrue();
        }
    }

    /**
     * The booking race again, but as people in browsers make it: each signed in through the sign-in form, booking with
     * the session cookie. Payara's auto-applied session used to refuse some of these calls with 403 at random
     * (payara/Payara#6145); every call must be answered as its person.
     */
    @Test
    void fortySignedInBrowsersBookAtOnceAndNoneIsRefused() throws Exception {
        long[] course = BookingFixture.course("Samtidige økter", 1);
        List<Long> people = BookingFixture.learners("browser", 40);
        BookingFixture.enrol(course[0], people);
        long session = create(session("Ti plasser", 10, course[0], course[1], 72, null, null, null, 60));
        List<no.vidsynt.app.it.FormSession> browsers = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            var browser = new no.vidsynt.app.it.FormSession(url.toURI());
            assertThat(browser.signIn("browser" + i, BookingFixture.PASSWORD).statusCode())
                    .isEqualTo(302);
            browsers.add(browser);
        }
        CyclicBarrier barrier = new CyclicBarrier(40);
        ExecutorService clients = Executors.newFixedThreadPool(40);
        List<Future<HttpResponse<String>>> responses = new ArrayList<>();
        for (var browser : browsers) {
            responses.add(clients.submit(() -> {
                barrier.await();
                return browser.post("api/v1/sessions/" + session + "/booking", null);
            }));
        }
        java.util.Map<String, Integer> answers = new java.util.TreeMap<>();
        for (Future<HttpResponse<String>> future : responses) {
            HttpResponse<String> response = future.get();
            String answer = response.statusCode() == 201
                    ? ((JsonObject) Http.json(response)).getString("status")
                    : "HTTP " + response.statusCode() + " " + response.body();
            answers.merge(answer, 1, Integer::sum);
        }
        clients.shutdown();
        assertThat(answers)
                .as("every signed-in browser answered as itself: 10 booked, 30 waitlisted")
                .isEqualTo(java.util.Map.of("BOOKED", 10, "WAITLISTED", 30));
    }

    /**
     * Why booking locks the session row: the naive way, counting the seats taken and inserting when one is free, lets
     * clients that count before any of them has inserted all take "the last seat". This runs that naive booking
     * straight against the database (the interleaving a busy server produces, made certain by a barrier between the
     * count and the insert); the test above shows that the real booking, through the API, never overbooks.
     */
    @Test
    void aNaiveCountThenInsertOverbooksWhichIsWhyBookingLocksTheSession() throws Exception {
        int clients = 8;
        BookingFixture.learners("naive", clients);
        long session = create(session("Naiv", 3, null, null, 48, null, null, null, 60));
        CyclicBarrier counted = new CyclicBarrier(clients);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<Boolean>> attempts = new ArrayList<>();
        for (int i = 1; i <= clients; i++) {
            long person = BookingFixture.personId("naive" + i);
            attempts.add(pool.submit(() -> naiveBooking(session, person, counted)));
        }
        long booked = 0;
        for (Future<Boolean> attempt : attempts) {
            booked += attempt.get() ? 1 : 0;
        }
        pool.shutdown();
        try (Connection db = TestDatabase.connect()) {
            ResultSet rows = db.createStatement()
                    .executeQuery("SELECT COUNT(*) FROM session_booking " + "WHERE session_id = " + session
                            + " AND status = 'BOOKED'");
            rows.next();
            assertThat(rows.getLong(1))
                    .as("3 seats, every naive client saw a free one")
                    .isEqualTo(booked)
                    .isEqualTo(clients);
        }
    }

    /** Count-then-insert without a lock, in one transaction: true when it booked a seat. */
    private static boolean naiveBooking(long session, long person, CyclicBarrier counted) throws Exception {
        try (Connection db = TestDatabase.connect()) {
            db.setAutoCommit(false);
            ResultSet seats = db.createStatement()
                    .executeQuery("SELECT s.capacity, (SELECT COUNT(*) FROM "
                            + "session_booking b WHERE b.session_id = s.id AND b.status = 'BOOKED') FROM training_session s "
                            + "WHERE s.id = " + session);
            seats.next();
            boolean free = seats.getLong(2) < seats.getLong(1);
            counted.await(30, java.util.concurrent.TimeUnit.SECONDS);
            if (!free) {
                db.rollback();
                return false;
            }
            try (var insert = db.prepareStatement("INSERT INTO session_booking (session_id, person_id, status, "
                    + "requested_at, ical_sequence, version) VALUES (?, ?, 'BOOKED', '2026-01-01 00:00:00', 0, 1)")) {
                insert.setLong(1, session);
                insert.setLong(2, person);
                insert.executeUpdate();
            }
            db.commit();
            return true;
        }
    }

    @Test
    void aFreedSeatIsOfferedInOrderAndAnUnansweredOfferPassesOn() throws Exception {
        BookingFixture.learners("offer", 3);
        long session = create(session("Tilbud", 1, null, null, 48, null, null, null, 120));
        assertThat(book(session, "offer1", 201).getString("status")).isEqualTo("BOOKED");
        assertThat(book(session, "offer2", 201).getString("status")).isEqualTo("WAITLISTED");
        assertThat(book(session, "offer3", 201).getString("status")).isEqualTo("WAITLISTED");

        assertThat(api.call("DELETE", "api/v1/sessions/" + session + "/booking", "offer1", null)
                        .statusCode())
                .isEqualTo(200);
        assertThat(myStatus(session, "offer2")).isEqualTo("OFFERED");
        assertThat(myStatus(session, "offer3")).isEqualTo("WAITLISTED");
        assertThat(api.call("POST", "api/v1/sessions/" + session + "/booking/accept", "offer3", null)
                        .statusCode())
                .as("only the offered person can take the seat")
                .isEqualTo(409);

        // offer2 does not answer: the offer expires and passes to offer3.
        BookingFixture.execute(
                "UPDATE session_booking SET offer_expires_at = '2000-01-01 00:00:00' "
                        + "WHERE session_id = ? AND status = 'OFFERED'",
                session);
        await().atMost(Duration.ofSeconds(20)).until(() -> "OFFERED".equals(myStatus(session, "offer3")));
        assertThat(myStatus(session, "offer2")).isEqualTo("OFFER_EXPIRED");
        assertThat(api.call("POST", "api/v1/sessions/" + session + "/booking/accept", "offer2", null)
                        .statusCode())
                .isEqualTo(409);
        HttpResponse<String> accepted =
                api.call("POST", "api/v1/sessions/" + session + "/booking/accept", "offer3", null);
        assertThat(accepted.statusCode()).isEqualTo(200);
        assertThat(((JsonObject) Http.json(accepted)).getString("status")).isEqualTo("BOOKED");
    }

    @Test
    void aSessionCanPromoteTheFirstWaitingAtOnce() throws Exception {
        BookingFixture.learners("promote", 2);
        long session = create(session("Straks", 1, null, null, 48, null, null, null, 0));
        book(session, "promote1", 201);
        book(session, "promote2", 201);
        api.call("DELETE", "api/v1/sessions/" + session + "/booking", "promote1", null);
        assertThat(myStatus(session, "promote2")).isEqualTo("BOOKED");
    }

    @Test
    void cancellingAfterTheDeadlineIsRecordedAsLate() throws Exception {
        BookingFixture.learners("late", 2);
        long early = create(session("Tidlig", 5, null, null, 48, null, null, 24.0, 60));
        long late = create(session("Sent", 5, null, null, 48, null, null, -1.0, 60));
        book(early, "late1", 201);
        book(late, "late1", 201);
        var onTime = (JsonObject) Http.json(api.call("DELETE", "api/v1/sessions/" + early + "/booking", "late1", null));
        var afterDeadline =
                (JsonObject) Http.json(api.call("DELETE", "api/v1/sessions/" + late + "/booking", "late1", null));
        assertThat(onTime.getString("status")).isEqualTo("CANCELLED");
        assertThat(afterDeadline.getString("status")).isEqualTo("LATE_CANCELLED");
        assertThat(api.call("DELETE", "api/v1/sessions/" + late + "/booking", "late2", null)
                        .statusCode())
                .as("nothing to cancel")
                .isEqualTo(409);
    }

    @Test
    void nobodyIsBookedTwiceInOneSessionNotEvenPastTheApi() throws Exception {
        BookingFixture.learners("twice", 1);
        long session = create(session("To ganger", 5, null, null, 48, null, null, null, 60));
        book(session, "twice1", 201);
        HttpResponse<String> again = api.call("POST", "api/v1/sessions/" + session + "/booking", "twice1", null);
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(((JsonObject) Http.json(again)).getString("type"))
                .isEqualTo("urn:vidsynt:scheduling:refused.alreadyBooked");
        long person = BookingFixture.personId("twice1");
        assertThatThrownBy(() -> BookingFixture.execute(
                        "INSERT INTO session_booking (session_id, person_id, status, "
                                + "requested_at, ical_sequence, version) VALUES (?, ?, 'BOOKED', '2026-01-01 00:00:00', 0, 1)",
                        session,
                        person))
                .as("the database refuses a second row too")
                .isInstanceOf(SQLIntegrityConstraintViolationException.class);
    }

    @Test
    void theBookingWindowIsEnforcedOnTheApi() throws Exception {
        BookingFixture.learners("window", 1);
        long notYet = create(session("Ikke åpen", 5, null, null, 72, 24.0, null, null, 60));
        long closed = create(session("Stengt", 5, null, null, 72, -48.0, -1.0, null, 60));
        for (long session : new long[] {notYet, closed}) {
            HttpResponse<String> refused = api.call("POST", "api/v1/sessions/" + session + "/booking", "window1", null);
            assertThat(refused.statusCode()).isEqualTo(409);
            JsonObject problem = (JsonObject) Http.json(refused);
            assertThat(problem.getString("type")).isEqualTo("urn:vidsynt:scheduling:refused.closed");
            assertThat(problem.getString("detail"))
                    .as("bokmål unless the caller asks otherwise")
                    .isEqualTo("Påmeldingen til denne økten er ikke åpen.");
            JsonObject english = (JsonObject) Http.json(
                    api.callIn("en-GB,en;q=0.8", "POST", "api/v1/sessions/" + session + "/booking", "window1", null));
            assertThat(english.getString("detail")).isEqualTo("Booking for this session is not open.");
        }
    }

    @Test
    void onlyEnrolledPeopleBookASessionOfACourse() throws Exception {
        long[] course = BookingFixture.course("Opptak", 2);
        List<Long> people = BookingFixture.learners("elig", 2);
        BookingFixture.enrol(course[0], people.subList(0, 1));
        long session = create(session("Bare for påmeldte", 5, null, course[1], 48, null, null, null, 60));
        assertThat(book(session, "elig1", 201).getString("status")).isEqualTo("BOOKED");

        HttpResponse<String> refused = api.call("POST", "api/v1/sessions/" + session + "/booking", "elig2", null);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonObject problem = (JsonObject) Http.json(refused);
        assertThat(problem.getString("type")).isEqualTo("urn:vidsynt:scheduling:refused.notEnrolled");
        assertThat(problem.getInt("status")).isEqualTo(403);

        // The default rule: one open booking per unit.
        long second = create(session("Samme enhet", 5, null, course[1], 96, null, null, null, 60));
        HttpResponse<String> onePerUnit = api.call("POST", "api/v1/sessions/" + second + "/booking", "elig1", null);
        assertThat(onePerUnit.statusCode()).isEqualTo(403);
        assertThat(((JsonObject) Http.json(onePerUnit)).getString("type"))
                .isEqualTo("urn:vidsynt:scheduling:refused.onePerUnit");
        // Veiledning's rule: practice training for unit 2 needs unit 1 completed.
        long practice = create(session("Enhet 2", 5, null, course[2], 48, null, null, null, 60));
        HttpResponse<String> previous = api.call("POST", "api/v1/sessions/" + practice + "/booking", "elig1", null);
        assertThat(previous.statusCode()).isEqualTo(403);
        assertThat(previous.body()).contains("booking.previousUnitFirst");
        // An author moves unit 2 first in the draft: learners still see the published order, and so does the rule.
        BookingFixture.execute("UPDATE course_unit SET position = 0 WHERE id = ?", course[2]);
        HttpResponse<String> draftOrder = api.call("POST", "api/v1/sessions/" + practice + "/booking", "elig1", null);
        assertThat(draftOrder.statusCode()).isEqualTo(403);
        assertThat(draftOrder.body()).contains("booking.previousUnitFirst");
    }

    @Test
    void mailsCarryARequestThenACancelWithTheSameUidAndAGrowingSequence() throws Exception {
        BookingFixture.learners("mail", 1);
        long session = create(session("Invitasjon", 5, null, null, 48, null, null, null, 60));
        book(session, "mail1", 201);
        String request = awaitCalendar("mail1@test.vidsynt.no", "METHOD:REQUEST", 1);

        HttpResponse<String> moved = api.call(
                "PUT",
                "api/v1/sessions/" + session,
                "tor",
                session("Invitasjon (flyttet)", 5, null, null, 50, null, null, null, 60));
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
        String change = awaitCalendar("mail1@test.vidsynt.no", "METHOD:REQUEST", 2);

        api.call("DELETE", "api/v1/sessions/" + session + "/booking", "mail1", null);
        String cancel = awaitCalendar("mail1@test.vidsynt.no", "METHOD:CANCEL", 1);

        String uid = value(request, "UID");
        assertThat(value(change, "UID")).isEqualTo(uid);
        assertThat(value(cancel, "UID")).isEqualTo(uid);
        assertThat(Integer.parseInt(value(request, "SEQUENCE")))
                .isLessThan(Integer.parseInt(value(change, "SEQUENCE")));
        assertThat(Integer.parseInt(value(change, "SEQUENCE"))).isLessThan(Integer.parseInt(value(cancel, "SEQUENCE")));
        assertThat(request)
                .contains("BEGIN:VTIMEZONE")
                .contains("TZID:Europe/Oslo")
                .contains("DTSTART;TZID=Europe/Oslo:");
        assertThat(change).contains("SUMMARY:Invitasjon (flyttet)");
        assertThat(cancel).contains("STATUS:CANCELLED");
    }

    @Test
    void aReminderIsSentOnceWhateverHowOftenTheJobRuns() throws Exception {
        BookingFixture.learners("remind", 1);
        long session = create(session("Snart", 5, null, null, 0.5, null, null, null, 60));
        book(session, "remind1", 201);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> subjects("remind1@test.vidsynt.no").stream().anyMatch(s -> s.startsWith("Påminnelse")));
        Thread.sleep(6000); // three more turns of the job
        assertThat(subjects("remind1@test.vidsynt.no").stream().filter(s -> s.startsWith("Påminnelse")))
                .as("exactly one reminder")
                .hasSize(1);
    }

    @Test
    void trainersSeeTheRosterMarkAttendanceAndExportTheSheetLearnersDoNot() throws Exception {
        List<Long> people = BookingFixture.learners("roster", 1);
        long[] course = BookingFixture.course("Oppmøte", 1);
        BookingFixture.enrol(course[0], people);
        long session = create(session("Oppmøte", 5, null, course[1], 48, null, null, null, 60));
        book(session, "roster1", 201);

        assertThat(api.call("GET", "api/v1/sessions/" + session + "/roster", "roster1", null)
                        .statusCode())
                .as("a learner")
                .isEqualTo(403);
        assertThat(api.call("GET", "api/v1/sessions/" + session + "/roster", "ada", null)
                        .statusCode())
                .as("an administrator")
                .isEqualTo(200);
        JsonArray roster =
                (JsonArray) Http.json(api.call("GET", "api/v1/sessions/" + session + "/roster", "tor", null));
        JsonObject entry = roster.getJsonObject(0);
        long bookingId = entry.getJsonNumber("bookingId").longValue();
        HttpResponse<String> marked = api.call(
                "PUT",
                "api/v1/sessions/" + session + "/roster/" + bookingId,
                "tor",
                "{\"attendance\":\"ATTENDED\",\"note\":\"Godt forberedt\"}");
        assertThat(marked.statusCode()).as(marked.body()).isEqualTo(200);
        assertThat(((JsonObject) Http.json(marked)).getString("attendance")).isEqualTo("ATTENDED");
        assertThat(api.call("GET", "api/v1/sessions/" + session, "roster1", null)
                        .body())
                .doesNotContain("Godt forberedt");

        HttpResponse<String> csv = api.download("api/v1/sessions/" + session + "/sign-in-sheet.csv", "tor", "text/csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body()).contains("Deltaker roster 1").contains("Møtt").doesNotContain("Godt forberedt");
        HttpResponse<String> pdf =
                api.download("api/v1/sessions/" + session + "/sign-in-sheet.pdf", "tor", "application/pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(pdf.body()).startsWith("%PDF-");

        HttpResponse<String> message = api.call(
                "POST",
                "api/v1/sessions/" + session + "/messages",
                "tor",
                "{\"subject\":\"Ta med case\",\"text\":\"Husk å ta med en case fra egen avdeling.\"}");
        assertThat(message.statusCode()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> subjects("roster1@test.vidsynt.no").stream().anyMatch(s -> s.startsWith("Ta med case")));
    }

    @Test
    void cancellingASessionTellsEveryoneAndTheCalendarFeedFollows() throws Exception {
        BookingFixture.learners("feed", 1);
        long session = create(session("Avlyses", 5, null, null, 48, null, null, null, 60));
        book(session, "feed1", 201);
        HttpResponse<String> made = api.call("POST", "api/v1/calendar/feed", "feed1", null);
        assertThat(made.statusCode()).isEqualTo(200);
        String feedUrl = ((JsonObject) Http.json(made)).getString("url");
        String path = URI.create(feedUrl).getPath().substring(1);
        HttpResponse<String> feed =
                api.send(java.net.http.HttpRequest.newBuilder(url.toURI().resolve(path))
                        .GET()
                        .build());
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.body()).contains("METHOD:PUBLISH").contains("SUMMARY:Avlyses");

        assertThat(api.call("POST", "api/v1/sessions/" + session + "/cancel", "tor", null)
                        .statusCode())
                .isEqualTo(200);
        awaitCalendar("feed1@test.vidsynt.no", "METHOD:CANCEL", 1);

        api.call("POST", "api/v1/calendar/feed", "feed1", null);
        HttpResponse<String> old =
                api.send(java.net.http.HttpRequest.newBuilder(url.toURI().resolve(path))
                        .GET()
                        .build());
        assertThat(old.statusCode()).as("a renewed feed revokes the old URL").isEqualTo(404);
    }

    /** Waits for the n-th mail to the address whose calendar part contains the marker; returns that calendar. */
    private String awaitCalendar(String address, String marker, int nth) {
        List<String> found = new ArrayList<>();
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    found.clear();
                    for (MimeMessage message : MailServer.greenMail().getReceivedMessages()) {
                        if (Arrays.stream(message.getAllRecipients())
                                .anyMatch(a -> a.toString().contains(address))) {
                            String ics = calendarOf(message);
                            if (ics != null && ics.contains(marker)) {
                                found.add(ics);
                            }
                        }
                    }
                    return found.size() >= nth;
                });
        return found.get(nth - 1);
    }

    private static List<String> subjects(String address) throws Exception {
        List<String> subjects = new ArrayList<>();
        for (MimeMessage message : MailServer.greenMail().getReceivedMessages()) {
            if (Arrays.stream(message.getAllRecipients())
                    .anyMatch(a -> a.toString().contains(address))) {
                subjects.add(message.getSubject());
            }
        }
        return subjects;
    }

    /** The text/calendar part of a mail (with its METHOD in the content type, as Outlook wants), or null. */
    private static String calendarOf(MimeMessage message) throws Exception {
        if (!(message.getContent() instanceof Multipart mixed)) {
            return null;
        }
        for (int i = 0; i < mixed.getCount(); i++) {
            BodyPart part = mixed.getBodyPart(i);
            if (part.getContent() instanceof Multipart alternative) {
                for (int j = 0; j < alternative.getCount(); j++) {
                    BodyPart inner = alternative.getBodyPart(j);
                    if (inner.getContentType().startsWith("text/calendar")) {
                        assertThat(inner.getContentType()).containsIgnoringCase("method=");
                        ByteArrayOutputStream out = new ByteArrayOutputStream();
                        inner.getInputStream().transferTo(out);
                        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
                    }
                }
            }
        }
        return null;
    }

    private static String value(String ics, String property) {
        Matcher matcher =
                Pattern.compile("(?m)^" + property + "[;:]([^\\r\\n]*)").matcher(ics);
        assertThat(matcher.find()).as(property + " in\n" + ics).isTrue();
        String value = matcher.group(1);
        return value.contains(":") && !property.equals("UID") ? value.substring(value.lastIndexOf(':') + 1) : value;
    }
}
