package no.vidsynt.app.it.content;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import no.vidsynt.app.it.TestDatabase;

/** Test material for the content tests: the tiny film, its captions, the hostile-behaviour test package, units. */
final class ContentFixtures {

    private ContentFixtures() {}

    static byte[] resource(String name) {
        try (InputStream in = ContentFixtures.class.getResourceAsStream("/content/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * An HTML package whose script tries to act as the learner in the three ways that matter (read the session cookie,
     * call the app's API with the learner's cookie, reach the app page's DOM), shows what happened, and then reports
     * completion through the one channel it has: a message to the embedding page with its launch token.
     */
    static byte[] probePackage(String appOrigin) {
        String html = """
                <!doctype html>
                <html lang="nb"><head><meta charset="utf-8"><title>Testpakke</title>
                <link rel="stylesheet" href="css/style.css"></head>
                <body><h1 id="heading">Testpakken kjører</h1>
                <ul><li>cookie: <span id="cookie">venter</span></li>
                <li>api: <span id="api">venter</span></li>
                <li>dom: <span id="dom">venter</span></li></ul>
                <p id="reported">ikke rapportert</p>
                <script src="js/probe.js"></script></body></html>
                """;
        String script = """
                var appOrigin = '%s';
                var token = location.pathname.split('/')[2];
                function show(id, text) { document.getElementById(id).textContent = text; }
                show('cookie', document.cookie.indexOf('JSESSIONID') >= 0 ? 'READ' : 'blocked');
                var dom = 'blocked';
                try { if (window.parent.document.body) { dom = 'READ'; } } catch (e) { dom = 'blocked'; }
                show('dom', dom);
                function finish() {
                  window.parent.postMessage({type: 'vidsynt:complete', token: token}, appOrigin);
                  show('reported', 'rapportert');
                }
                try {
                  fetch(appOrigin + '/api/v1/me', {credentials: 'include'})
                    .then(function (r) { return r.ok ? r.text().then(function (t) { show('api', 'READ ' + t.length); }) : show('api', 'blocked ' + r.status); })
                    .catch(function () { show('api', 'blocked'); })
                    .then(finish);
                } catch (e) { show('api', 'blocked'); finish(); }
                """.formatted(appOrigin);
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            add(zip, "index.html", html);
            add(zip, "js/probe.js", script);
            add(zip, "css/style.css", "body { font-family: sans-serif; }");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static byte[] zipSlip() {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            add(zip, "index.html", "<p>x</p>");
            add(zip, "../../evil.html", "<script>alert(1)</script>");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void add(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** A course of anne's with one content unit, the learner enrolled; returns the unit's id. */
    static long contentUnit(String title, String learner) throws Exception {
        return contentUnit(title, learner, "anne");
    }

    /** A course with one content unit, written by {@code author}, the learner enrolled; returns the unit's id. */
    static long contentUnit(String title, String learner, String author) throws Exception {
        try (Connection db = TestDatabase.connect()) {
            long course = insert(
                    db,
                    "INSERT INTO course (programme_key, title, self_enrolment, completion_rule, "
                            + "created_at, version) VALUES ('veiledning', 'Kurs for " + title
                            + "', FALSE, 'ALL_REQUIRED', "
                            + "CURRENT_TIMESTAMP, 0)");
            long section = insert(
                    db,
                    "INSERT INTO course_section (course_id, title, position, removed) VALUES (" + course
                            + ", 'Del 1', 1, FALSE)");
            long unit = insert(
                    db,
                    "INSERT INTO course_unit (course_id, section_id, unit_type, title, position, "
                            + "required, removed) VALUES (" + course + ", " + section + ", 'content', '" + title
                            + "', 1, TRUE, FALSE)");
            try (PreparedStatement authors = db.prepareStatement("INSERT INTO course_author (course_id, person_id) "
                    + "SELECT ?, id FROM person WHERE username = ?")) {
                authors.setLong(1, course);
                authors.setString(2, author);
                authors.executeUpdate();
            }
            try (PreparedStatement enrol = db.prepareStatement("INSERT INTO enrolment (course_id, person_id, source, "
                    + "status, enrolled_at, version) SELECT ?, id, 'SELF', 'ACTIVE', CURRENT_TIMESTAMP, 0 FROM person "
                    + "WHERE username = ?")) {
                enrol.setLong(1, course);
                enrol.setString(2, learner);
                enrol.executeUpdate();
            }
            return unit;
        }
    }

    /** A second course author (anne's password), once. */
    static void author(String username, String name) throws Exception {
        try (Connection db = TestDatabase.connect()) {
            if (count("SELECT COUNT(*) FROM person WHERE username = '" + username + "'") > 0) {
                return;
            }
            db.createStatement()
                    .executeUpdate("INSERT INTO person (username, display_name, email, preferred_language,"
                            + " password_hash, active, failed_sign_ins, created_at, version) SELECT '" + username
                            + "', '"
                            + name + "', '" + username
                            + "@demo.vidsynt.no', 'nb', password_hash, TRUE, 0, created_at, 1"
                            + " FROM person WHERE username = 'anne'");
            db.createStatement()
                    .executeUpdate("INSERT INTO person_role (person_id, role) SELECT id, 'AUTHOR'"
                            + " FROM person WHERE username = '" + username + "'");
        }
    }

    static long count(String sql) throws Exception {
        try (Connection db = TestDatabase.connect();
                ResultSet rows = db.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static long insert(Connection db, String sql) throws Exception {
        try (Statement statement = db.createStatement()) {
            statement.executeUpdate(sql, Statement.RETURN_GENERATED_KEYS);
            ResultSet keys = statement.getGeneratedKeys();
            keys.next();
            return keys.getLong(1);
        }
    }
}
