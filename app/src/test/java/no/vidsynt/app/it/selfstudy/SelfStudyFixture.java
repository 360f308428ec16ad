package no.vidsynt.app.it.selfstudy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import no.vidsynt.app.it.TestDatabase;

/**
 * Courses and self-study units for the system tests, written straight into this run's database (the catalogue's
 * editor belongs to another feature): a course with one section and a reading page, a reflection and a quiz.
 */
public final class SelfStudyFixture {

    /** The units of one fixture course. */
    public record Units(long courseId, long page, long reflection, long quiz) {}

    /** Two scored questions and one scale: single choice (right: option 0) and true/false (right: true). */
    public static final String QUIZ = """
            {"questions":[
              {"id":"q1","kind":"SINGLE_CHOICE","text":"Hvem er aktør i eget liv?","options":[
                {"text":"Barnet","correct":true,"feedback":"Ja: barnet er kompetent og en aktør."},
                {"text":"Bare de voksne","correct":false,"feedback":"Nei: tenk på barnets prosjekt."}],
               "feedbackRight":"Godt svart.","feedbackWrong":"Les kapittelet om barnets prosjekt."},
              {"id":"q2","kind":"TRUE_FALSE","text":"Et problem kan ses fra flere perspektiver.","correctTrue":true,
               "feedbackRight":"Riktig.","feedbackWrong":"Det kan det."},
              {"id":"q3","kind":"SCALE","text":"Jeg stiller ofte spørsmål ved hvordan vi gjør ting.",
               "feedbackRight":"Takk for at du vurderer deg selv."}]}
            """;

    private SelfStudyFixture() {}

    /**
     * This run's database, reached with the server's administrative account: the shared test user's password is
     * changed by every test run that starts, so runs side by side on one machine would lock each other out.
     */
    static Connection connect() throws SQLException {
        return DriverManager.getConnection(
                TestDatabase.url(),
                System.getProperty("vidsynt.it.mariadb.user"),
                System.getProperty("vidsynt.it.mariadb.password", ""));
    }

    public static Units create(String title, String markdown, int passMark, Integer maxAttempts) throws SQLException {
        try (Connection db = connect()) {
            Timestamp now = Timestamp.from(Instant.now());
            long course = insert(
                    db,
                    "INSERT INTO course (programme_key, title, summary, self_enrolment, completion_rule, "
                            + "completion_count, published_version, created_at, version) VALUES (?, ?, NULL, TRUE, 'ALL_REQUIRED', "
                            + "NULL, NULL, ?, 0)",
                    "medarbeider",
                    title,
                    now);
            long section = insert(
                    db,
                    "INSERT INTO course_section (course_id, title, position, removed) VALUES (?, ?, 0, FALSE)",
                    course,
                    "Selvstudium");
            long page = unit(db, course, section, "page", "Kultur og språk", 0);
            long reflection = unit(db, course, section, "reflection", "Refleksjon: hvorfor gjør vi det sånn?", 1);
            long quiz = unit(db, course, section, "quiz", "Egenvurdering: barnets prosjekt", 2);
            update(
                    db,
                    "INSERT INTO ss_page (unit_id, markdown, done_at_end, updated_at, version) VALUES (?, ?, FALSE, ?, 0)",
                    page,
                    markdown,
                    now);
            update(
                    db,
                    "INSERT INTO ss_reflection (unit_id, prompts, updated_at, version) VALUES (?, ?, ?, 0)",
                    reflection,
                    "[\"Hvorfor gjør vi tingene sånn hos oss?\",\"Hva vil du prøve annerledes?\"]",
                    now);
            update(
                    db,
                    "INSERT INTO ss_quiz (unit_id, definition, pass_mark, max_attempts, updated_at, version) "
                            + "VALUES (?, ?, ?, ?, ?, 0)",
                    quiz,
                    QUIZ,
                    passMark,
                    maxAttempts,
                    now);
            // Anne writes it, as the course editor lists the courses one is an author of.
            update(
                    db,
                    "INSERT INTO course_author (course_id, person_id) SELECT ?, id FROM person WHERE username = 'anne'",
                    course);
            // The learners of these tests take the course (units of courses one is not enrolled in are not found).
            update(
                    db,
                    "INSERT INTO enrolment (course_id, person_id, source, status, enrolled_at, version) "
                            + "SELECT ?, id, 'SELF', 'ACTIVE', ?, 0 FROM person WHERE username IN ('lise', 'arne')",
                    course,
                    now);
            return new Units(course, page, reflection, quiz);
        }
    }

    public static long personId(String username) throws SQLException {
        try (Connection db = connect();
                PreparedStatement query = db.prepareStatement("SELECT id FROM person WHERE username = ?")) {
            query.setString(1, username);
            ResultSet row = query.executeQuery();
            row.next();
            return row.getLong(1);
        }
    }

    public static long orgUnitId(String name) throws SQLException {
        try (Connection db = connect();
                PreparedStatement query = db.prepareStatement("SELECT id FROM org_unit WHERE name = ?")) {
            query.setString(1, name);
            ResultSet row = query.executeQuery();
            row.next();
            return row.getLong(1);
        }
    }

    /** A single number from a query with parameters. */
    /** An attachment of a reading page, as an author's upload stores it; returns its id. */
    public static long attach(long pageUnit, String fileName, String contentType, byte[] data) throws SQLException {
        try (Connection db = connect()) {
            return insert(
                    db,
                    "INSERT INTO ss_file (unit_id, file_name, content_type, size_bytes, data, uploaded_at, "
                            + "uploaded_by) VALUES (?, ?, ?, ?, ?, ?, 'anne')",
                    pageUnit,
                    fileName,
                    contentType,
                    (long) data.length,
                    data,
                    Timestamp.from(Instant.now()));
        }
    }

    public static long count(String sql, Object... parameters) throws SQLException {
        try (Connection db = connect();
                PreparedStatement query = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            ResultSet row = query.executeQuery();
            row.next();
            return row.getLong(1);
        }
    }

    private static long unit(Connection db, long course, long section, String type, String title, int position)
            throws SQLException {
        return insert(
                db,
                "INSERT INTO course_unit (course_id, section_id, unit_type, title, position, required, removed, "
                        + "settings, availability) VALUES (?, ?, ?, ?, ?, TRUE, FALSE, NULL, NULL)",
                course,
                section,
                type,
                title,
                position);
    }

    private static long insert(Connection db, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            bind(statement, parameters);
            statement.executeUpdate();
            ResultSet keys = statement.getGeneratedKeys();
            keys.next();
            return keys.getLong(1);
        }
    }

    private static void update(Connection db, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            bind(statement, parameters);
            statement.executeUpdate();
        }
    }

    private static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
    }
}
