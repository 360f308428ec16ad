package no.vidsynt.app.it.veiledning;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import no.vidsynt.app.it.TestDatabase;
import no.vidsynt.core.catalogue.control.PublishedCourse;
import no.vidsynt.core.catalogue.control.PublishedCourseJson;

/**
 * Test data for the Veiledning tests, written with JDBC into the shared schema (a published course of the programme
 * with one task unit, a cohort with the programme's terms, trainees enrolled in it, practice rounds attended), and a
 * small HTTP client with Basic auth or none.
 */
final class VeiledningFixture {

    static final String PASSWORD = "vidsynt-demo";

    private final HttpClient client = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(20))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final URI base;

    VeiledningFixture(URI base) {
        this.base = base;
    }

    /** A course of the programme, published, with one required task unit: course id, unit id. */
    static long[] course(String title) throws SQLException {
        try (Connection db = TestDatabase.connect()) {
            long course = insert(
                    db,
                    "INSERT INTO course (programme_key, title, self_enrolment, completion_rule, created_at, version)"
                            + " VALUES ('veiledning', ?, FALSE, 'ALL_REQUIRED', ?, 1)",
                    title,
                    now());
            long section = insert(
                    db,
                    "INSERT INTO course_section (course_id, title, position, removed) VALUES (?, 'Del 1', 1, FALSE)",
                    course);
            long unit = insert(
                    db,
                    "INSERT INTO course_unit (course_id, section_id, unit_type, title, position, required, removed)"
                            + " VALUES (?, ?, 'task', 'Veilederrollen', 1, TRUE, FALSE)",
                    course,
                    section);
            PublishedCourse structure = new PublishedCourse(
                    course,
                    "veiledning",
                    title,
                    null,
                    1,
                    Instant.now(),
                    PublishedCourse.CompletionRule.ALL_REQUIRED,
                    null,
                    List.of(new PublishedCourse.Section(
                            section,
                            "Del 1",
                            List.of(new PublishedCourse.Unit(unit, "task", "Veilederrollen", true, null)))));
            insert(
                    db,
                    "INSERT INTO course_version (course_id, version_no, published_at, published_by, structure) "
                            + "VALUES (?, 1, ?, 'test', ?)",
                    course,
                    now(),
                    PublishedCourseJson.write(structure));
            return new long[] {course, unit};
        }
    }

    /** A cohort of the course with the programme's terms: N rounds, M logbook entries, trained by the trainer. */
    static long cohort(long course, String name, long trainer, int rounds, int entries) throws SQLException {
        try (Connection db = TestDatabase.connect()) {
            long cohort = insert(
                    db,
                    "INSERT INTO cohort (course_id, name, start_date) VALUES (?, ?, ?)",
                    course,
                    name,
                    Date.valueOf(LocalDate.of(2026, 8, 17)));
            insert(
                    db,
                    "INSERT INTO veiledning_cohort (cohort_id, trainer_id, end_date, seats, required_sessions,"
                            + " required_logbook_entries, hours) VALUES (?, ?, ?, 12, ?, ?, 60)",
                    cohort,
                    trainer,
                    Date.valueOf(LocalDate.of(2027, 1, 29)),
                    rounds,
                    entries);
            return cohort;
        }
    }

    /** A learner with the demo password, enrolled in the course and placed in the cohort; returns the id. */
    static long trainee(String username, String name, long course, long cohort) throws SQLException {
        try (Connection db = TestDatabase.connect()) {
            long person = insert(
                    db,
                    "INSERT INTO person (username, display_name, email, preferred_language, password_hash, active,"
                            + " failed_sign_ins, created_at, version) VALUES (?, ?, ?, 'nb', ?, TRUE, 0, ?, 1)",
                    username,
                    name,
                    username + "@test.vidsynt.no",
                    no.vidsynt.app.it.TestPasswords.cheapHash(PASSWORD),
                    now());
            insert(db, "INSERT INTO person_role (person_id, role) VALUES (?, 'LEARNER')", person);
            insert(
                    db,
                    "INSERT INTO enrolment (course_id, person_id, source, cohort_id, status, enrolled_at, version)"
                            + " VALUES (?, ?, 'UNIT', ?, 'ACTIVE', ?, 1)",
                    course,
                    person,
                    cohort,
                    now());
            return person;
        }
    }

    /** One attended practice round per role given, each in a session of its own, in a group of the cohort. */
    static void attendedRounds(long cohort, long person, String... roles) throws SQLException {
        try (Connection db = TestDatabase.connect()) {
            long group = insert(
                    db, "INSERT INTO veiledning_group (cohort_id, name) VALUES (?, ?)", cohort, "Gruppe " + person);
            insert(
                    db,
                    "INSERT INTO veiledning_group_member (group_id, person_id, position) VALUES (?, ?, 1)",
                    group,
                    person);
            for (String role : roles) {
                long session = insert(
                        db,
                        "INSERT INTO training_session (kind, title, programme_key, starts_at, ends_at, capacity,"
                                + " offer_minutes, status, ical_uid, created_by, created_at, version)"
                                + " VALUES ('PRACTICE_TRAINING', 'Praksistrening', 'veiledning', ?, ?, 4, 60,"
                                + " 'SCHEDULED', ?, 'test', ?, 1)",
                        Timestamp.from(Instant.now().minus(Duration.ofDays(7))),
                        Timestamp.from(Instant.now().minus(Duration.ofDays(7)).plus(Duration.ofHours(2))),
                        UUID.randomUUID() + "@test",
                        now());
                insert(
                        db,
                        "INSERT INTO veiledning_round_role (session_id, group_id, person_id, role, attended)"
                                + " VALUES (?, ?, ?, ?, TRUE)",
                        session,
                        group,
                        person,
                        role);
            }
        }
    }

    static long personId(String username) throws SQLException {
        try (Connection db = TestDatabase.connect();
                PreparedStatement query = db.prepareStatement("SELECT id FROM person WHERE username = ?")) {
            query.setString(1, username);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    static String enrolmentStatus(long person, long course) throws SQLException {
        try (Connection db = TestDatabase.connect();
                PreparedStatement query =
                        db.prepareStatement("SELECT status FROM enrolment WHERE person_id = ? AND course_id = ?")) {
            query.setLong(1, person);
            query.setLong(2, course);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }

    HttpResponse<String> call(String method, String path, String username, String json) {
        HttpRequest.Builder request = request(method, path, json, "application/json");
        if (username != null) {
            request.header("Authorization", basic(username));
        }
        return send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<byte[]> download(String path, String username) {
        return send(
                request("GET", path, null, "application/pdf")
                        .header("Authorization", basic(username))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A page, as a visitor with no session. */
    HttpResponse<String> page(String path) {
        return send(request("GET", path, null, "text/html").build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String method, String path, String json, String accept) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(180))
                .header("Accept", accept)
                .header("Accept-Language", "nb");
        if (json != null) {
            builder.header("Content-Type", "application/json");
        }
        return builder.method(
                method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            return client.send(request, handler);
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String basic(String username) {
        return "Basic "
                + Base64.getEncoder().encodeToString((username + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    private static long insert(Connection db, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
            try (ResultSet key = statement.getGeneratedKeys()) {
                return key.next() ? key.getLong(1) : 0;
            }
        }
    }

    private static Timestamp now() {
        return Timestamp.from(Instant.now());
    }
}
