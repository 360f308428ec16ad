package no.vidsynt.app.it.scheduling;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.vidsynt.app.it.TestDatabase;
import no.vidsynt.core.catalogue.control.PublishedCourse;
import no.vidsynt.core.catalogue.control.PublishedCourseJson;

/**
 * Test data for the scheduling tests, written with JDBC straight into the shared schema (courses, units, enrolments
 * and learners belong to other features), and a small HTTP client for the API with Basic auth or a session cookie.
 */
final class BookingFixture {

    static final String PASSWORD = "vidsynt-demo";
    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern SESSION_COOKIE = Pattern.compile("JSESSIONID=([^;]+)");

    final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1) // one connection per client, as browsers and scripts do
            .connectTimeout(Duration.ofSeconds(20))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final URI base;

    BookingFixture(URI base) {
        this.base = base;
    }

    /** A course of the Veiledning programme with one section and {@code units} units; returns course id then unit ids. */
    static long[] course(String title, int units) throws SQLException {
        try (Connection db = TestDatabase.connect()) {
            long course = insert(
                    db,
                    "INSERT INTO course (programme_key, title, self_enrolment, completion_rule, "
                            + "created_at, version) VALUES ('veiledning', ?, FALSE, 'ALL_REQUIRED', ?, 1)",
                    title,
                    now());
            long section = insert(
                    db,
                    "INSERT INTO course_section (course_id, title, position, removed) "
                            + "VALUES (?, 'Del 1', 1, FALSE)",
                    course);
            long[] ids = new long[units + 1];
            ids[0] = course;
            List<PublishedCourse.Unit> published = new ArrayList<>();
            for (int i = 1; i <= units; i++) {
                ids[i] = insert(
                        db,
                        "INSERT INTO course_unit (course_id, section_id, unit_type, title, position, "
                                + "required, removed) VALUES (?, ?, 'task', ?, ?, TRUE, FALSE)",
                        course,
                        section,
                        "Enhet " + i,
                        i);
                published.add(new PublishedCourse.Unit(ids[i], "task", "Enhet " + i, true, null));
            }
            // Published as drafted: learners (and the booking rules) follow the published structure.
            PublishedCourse structure = new PublishedCourse(
                    course,
                    "veiledning",
                    title,
                    null,
                    1,
                    Instant.now(),
                    PublishedCourse.CompletionRule.ALL_REQUIRED,
                    null,
                    List.of(new PublishedCourse.Section(section, "Del 1", published)));
            insert(
                    db,
                    "INSERT INTO course_version (course_id, version_no, published_at, published_by, structure) "
                            + "VALUES (?, 1, ?, 'test', ?)",
                    course,
                    now(),
                    PublishedCourseJson.write(structure));
            return ids;
        }
    }

    /**
     * Learners with the demo password; returns their ids in order. Their hash is a real PBKDF2-HMAC-SHA512 hash in
     * the application's format, but with 1,000 iterations instead of 210,000: the application reads the iteration
     * count from the stored hash, so HTTP Basic sign-in stays the real code path and costs about a millisecond. That
     * lets 500 Basic-auth requests overlap at the database instead of queueing for the CPU.
     */
    static List<Long> learners(String prefix, int count) throws SQLException {
        List<Long> ids = new ArrayList<>();
        String hash = no.vidsynt.app.it.TestPasswords.cheapHash(PASSWORD);
        try (Connection db = TestDatabase.connect()) {
            db.setAutoCommit(false);
            try (PreparedStatement person = db.prepareStatement(
                    "INSERT INTO person (username, display_name, email, "
                            + "preferred_language, password_hash, active, failed_sign_ins, created_at, version) "
                            + "VALUES (?, ?, ?, 'nb', ?, TRUE, 0, ?, 1)",
                    Statement.RETURN_GENERATED_KEYS)) {
                for (int i = 1; i <= count; i++) {
                    person.setString(1, prefix + i);
                    person.setString(2, "Deltaker " + prefix + " " + i);
                    person.setString(3, prefix + i + "@test.vidsynt.no");
                    person.setString(4, hash);
                    person.setTimestamp(5, now());
                    person.executeUpdate();
                    try (ResultSet key = person.getGeneratedKeys()) {
                        key.next();
                        ids.add(key.getLong(1));
                    }
                }
            }
            try (PreparedStatement role =
                    db.prepareStatement("INSERT INTO person_role (person_id, role) VALUES (?, 'LEARNER')")) {
                for (long id : ids) {
                    role.setLong(1, id);
                    role.addBatch();
                }
                role.executeBatch();
            }
            db.commit();
        }
        return ids;
    }

    static void enrol(long courseId, List<Long> people) throws SQLException {
        try (Connection db = TestDatabase.connect();
                PreparedStatement enrol = db.prepareStatement("INSERT INTO enrolment (course_id, person_id, source, "
                        + "status, enrolled_at, version) VALUES (?, ?, 'SELF', 'ACTIVE', ?, 1)")) {
            for (long person : people) {
                enrol.setLong(1, courseId);
                enrol.setLong(2, person);
                enrol.setTimestamp(3, now());
                enrol.addBatch();
            }
            enrol.executeBatch();
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

    static void execute(String sql, Object... parameters) throws SQLException {
        try (Connection db = TestDatabase.connect();
                PreparedStatement statement = db.prepareStatement(sql)) {
            bind(statement, parameters);
            statement.executeUpdate();
        }
    }

    /** Calls the API as a user with HTTP Basic. */
    HttpResponse<String> call(String method, String path, String username, String json) {
        return send(request(method, path, json, "application/json")
                .header("Authorization", basic(username))
                .build());
    }

    /** The same, asking for answers in a language (Accept-Language). */
    HttpResponse<String> callIn(String language, String method, String path, String username, String json) {
        return send(request(method, path, json, "application/json")
                .header("Authorization", basic(username))
                .header("Accept-Language", language)
                .build());
    }

    /** GETs a download (CSV, PDF) as a user with HTTP Basic. */
    HttpResponse<String> download(String path, String username, String accept) {
        return send(request("GET", path, null, accept)
                .header("Authorization", basic(username))
                .build());
    }

    private static String basic(String username) {
        return "Basic "
                + Base64.getEncoder().encodeToString((username + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    /** Calls the API with a signed-in session's cookie. */
    HttpResponse<String> callWithCookie(String method, String path, String cookie, String json) {
        // As the platform's own pages call it: from its origin, with the header that proves a script of its own.
        String origin = base.getScheme() + "://" + base.getRawAuthority();
        return send(request(method, path, json, "application/json")
                .header("Cookie", "JSESSIONID=" + cookie)
                .header("X-Requested-With", "XMLHttpRequest")
                .header("Origin", origin)
                .build());
    }

    /** Signs in through the real sign-in form; returns the session cookie. */
    String signIn(String username) {
        HttpResponse<String> page =
                send(HttpRequest.newBuilder(base.resolve("login.xhtml")).GET().build());
        String cookie = cookie(page);
        Matcher viewState = VIEW_STATE.matcher(page.body());
        if (cookie == null || !viewState.find()) {
            throw new IllegalStateException("No session or view state on the sign-in page");
        }
        String form = "signIn=signIn&signIn%3Ausername=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&signIn%3Apassword=" + PASSWORD + "&signIn%3Asubmit="
                + "&jakarta.faces.ViewState=" + URLEncoder.encode(viewState.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = send(HttpRequest.newBuilder(base.resolve("login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", "JSESSIONID=" + cookie)
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
        if (signedIn.statusCode() != 302) {
            throw new IllegalStateException("Sign-in of " + username + " failed: " + signedIn.statusCode());
        }
        String renewed = cookie(signedIn);
        return renewed != null ? renewed : cookie;
    }

    private HttpRequest.Builder request(String method, String path, String json, String accept) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(180))
                .header("Accept", accept);
        if (json != null) {
            builder.header("Content-Type", "application/json");
        }
        return builder.method(
                method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String cookie(HttpResponse<?> response) {
        for (String header : response.headers().allValues("Set-Cookie")) {
            Matcher matcher = SESSION_COOKIE.matcher(header);
            if (matcher.find()) {
                return matcher.group(1);
            }
        }
        return null;
    }

    private static long insert(Connection db, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            bind(statement, parameters);
            statement.executeUpdate();
            try (ResultSet key = statement.getGeneratedKeys()) {
                key.next();
                return key.getLong(1);
            }
        }
    }

    private static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
    }

    private static Timestamp now() {
        return Timestamp.from(Instant.now());
    }
}
