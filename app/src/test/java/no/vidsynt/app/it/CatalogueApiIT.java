package no.vidsynt.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The catalogue through its API against MariaDB: authors build, publish and republish courses (unit ids kept), learners
 * see only published versions, other authors and other roles cannot touch a course, and concurrent edits conflict.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CatalogueApiIT {

    private static final String PASSWORD = "vidsynt-demo";
    private static final String AUTHORING = "api/v1/authoring/courses";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return VidSyntDeployment.war();
    }

    @ArquillianResource
    URL url;

    private JsonApi anne;
    private JsonApi lise;
    private URI base;

    @BeforeEach
    void connect() throws Exception {
        base = url.toURI();
        anne = new JsonApi(base, "anne", PASSWORD);
        lise = new JsonApi(base, "lise", PASSWORD);
    }

    private long createCourse(JsonApi author, String title) {
        var created = author.post(AUTHORING, """
                {"programme": "medarbeider", "title": "%s", "summary": "Om trygghet for barn og voksne.",
                 "selfEnrolment": true, "completionRule": "ALL_REQUIRED"}""".formatted(title));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).isPresent();
        return JsonApi.object(created).getJsonNumber("id").longValue();
    }

    private static List<JsonObject> sections(JsonObject draft) {
        return draft.getJsonArray("sections").getValuesAs(JsonObject.class);
    }

    private static List<Long> unitIds(JsonObject course) {
        List<Long> ids = new ArrayList<>();
        for (JsonObject section : course.getJsonArray("sections").getValuesAs(JsonObject.class)) {
            section.getJsonArray("units")
                    .getValuesAs(JsonObject.class)
                    .forEach(unit -> ids.add(unit.getJsonNumber("id").longValue()));
        }
        return ids;
    }

    @Test
    void anAuthorBuildsPublishesAndRepublishesAndUnitsKeepTheirIds() throws Exception {
        long id = createCourse(anne, "Trygghet i hverdagen");
        String course = AUTHORING + "/" + id;
        assertThat(lise.get("api/v1/courses/" + id).statusCode())
                .as("a draft is not in the catalogue")
                .isEqualTo(404);

        JsonObject draft = JsonApi.object(anne.post(course + "/sections", "{\"title\": \"Det første møtet\"}"));
        long section = sections(draft).get(0).getJsonNumber("id").longValue();
        anne.post(course + "/sections/" + section + "/units", "{\"type\": \"task\", \"title\": \"Les om trygghet\"}");
        draft = JsonApi.object(anne.post(
                course + "/sections/" + section + "/units",
                "{\"type\": \"task\", \"title\": \"Snakk med en kollega\"}"));
        List<Long> units = unitIds(draft);
        assertThat(units).hasSize(2);
        var edited = anne.put(course + "/units/" + units.get(0), """
                {"title": "Les om trygghet", "required": true, "settings": {"text": "Les kapittelet og noter to tanker."}}""");
        assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
        assertThat(JsonApi.object(edited).getBoolean("unpublishedChanges")).isTrue();

        var first = anne.post(course + "/publish", null);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(JsonApi.object(first).getInt("version")).isEqualTo(1);
        JsonObject published = JsonApi.object(lise.get("api/v1/courses/" + id));
        assertThat(published.getInt("version")).isEqualTo(1);
        assertThat(unitIds(published)).containsExactlyElementsOf(units);
        assertThat(JsonApi.object(anne.get(course)).getBoolean("unpublishedChanges"))
                .isFalse();

        anne.put(course + "/units/" + units.get(1), "{\"title\": \"Snakk med to kolleger\", \"required\": true}");
        draft = JsonApi.object(anne.post(
                course + "/sections/" + section + "/units",
                "{\"type\": \"task\", \"title\": \"Skriv ned én endring\"}"));
        long third = unitIds(draft).get(2);
        var reordered = anne.put(
                course + "/sections/" + section + "/units/order",
                "{\"ids\": [" + third + ", " + units.get(0) + ", " + units.get(1) + "]}");
        assertThat(reordered.statusCode()).as(reordered.body()).isEqualTo(200);
        JsonObject changed = JsonApi.object(reordered);
        assertThat(changed.getBoolean("unpublishedChanges")).isTrue();
        assertThat(changed.getJsonArray("changes").getValuesAs(JsonObject.class))
                .extracting(change -> change.getString("kind"))
                .contains("UNIT_ADDED", "UNIT_CHANGED");
        assertThat(lise.get("api/v1/courses/" + id).body())
                .as("learners still see version 1")
                .contains("Snakk med en kollega")
                .doesNotContain("Skriv ned");

        assertThat(JsonApi.object(anne.post(course + "/publish", null)).getInt("version"))
                .isEqualTo(2);
        JsonObject second = JsonApi.object(lise.get("api/v1/courses/" + id));
        assertThat(second.getInt("version")).isEqualTo(2);
        assertThat(unitIds(second)).containsExactly(third, units.get(0), units.get(1));
        assertThat(second.toString()).contains("Snakk med to kolleger");
        assertThat(JsonApi.object(anne.get(course)).getInt("publishedVersion")).isEqualTo(2);

        var removed = anne.send("DELETE", course + "/units/" + units.get(1), null, null);
        assertThat(removed.statusCode()).as(removed.body()).isEqualTo(200);
        assertThat(JsonApi.object(anne.post(course + "/publish", null)).getInt("version"))
                .isEqualTo(3);
        assertThat(unitIds(JsonApi.object(lise.get("api/v1/courses/" + id)))).containsExactly(third, units.get(0));

        var versions = anne.get(course + "/versions");
        assertThat(Http.json(versions).asJsonArray().getValuesAs(JsonObject.class))
                .extracting(version -> version.getInt("version"))
                .containsExactly(3, 2, 1);

        try (Connection db = TestDatabase.connect()) {
            PreparedStatement audit = db.prepareStatement(
                    "SELECT action, actor FROM audit_log WHERE target_type = 'course' AND target_id = ? ORDER BY id");
            audit.setString(1, String.valueOf(id));
            ResultSet rows = audit.executeQuery();
            List<String> actions = new ArrayList<>();
            while (rows.next()) {
                actions.add(rows.getString(1) + " by " + rows.getString(2));
            }
            assertThat(actions)
                    .containsExactly(
                            "course.created by anne",
                            "course.published by anne",
                            "course.published by anne",
                            "course.published by anne");
            ResultSet version =
                    db.createStatement().executeQuery("SELECT published_version FROM course WHERE id = " + id);
            version.next();
            assertThat(version.getInt(1)).isEqualTo(3);
            ResultSet unit =
                    db.createStatement().executeQuery("SELECT removed FROM course_unit WHERE id = " + units.get(1));
            assertThat(unit.next()).as("a removed unit keeps its row and id").isTrue();
            assertThat(unit.getBoolean(1)).isTrue();
        }
    }

    @Test
    void learnersSeeOnlyPublishedCoursesFilteredAndPaged() {
        createCourse(anne, "Et utkast ingen ser");
        var all = lise.get("api/v1/courses?size=50");
        assertThat(all.statusCode()).isEqualTo(200);
        JsonObject page = JsonApi.object(all);
        assertThat(page.getJsonArray("items").getValuesAs(JsonObject.class))
                .extracting(item -> item.getString("title"))
                .contains("Kultur og språk på arbeidsplassen", "Grunnkurs i veiledning")
                .doesNotContain("Et utkast ingen ser");
        assertThat(page.getJsonArray("items").getValuesAs(JsonObject.class))
                .filteredOn(item -> item.getString("title").equals("Kultur og språk på arbeidsplassen"))
                .singleElement()
                .satisfies(item -> assertThat(item.getBoolean("selfEnrolment")).isTrue());

        JsonObject veiledning = JsonApi.object(lise.get("api/v1/courses?programme=veiledning&q=grunnkurs"));
        assertThat(veiledning.getInt("total")).isEqualTo(1);
        long id = veiledning
                .getJsonArray("items")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        assertThat(lise.get("api/v1/courses/" + id).body())
                .as("the demo's gated unit")
                .contains("\"kind\":\"SECTION\"");

        JsonObject firstPage = JsonApi.object(lise.get("api/v1/courses?size=1&page=0"));
        assertThat(firstPage.getInt("size")).isEqualTo(1);
        assertThat(firstPage.getJsonArray("items")).hasSize(1);
        assertThat(firstPage.getInt("total")).isGreaterThanOrEqualTo(2);
        assertThat(lise.get("api/v1/courses?size=1000").statusCode()).isEqualTo(400);
    }

    @Test
    void anotherAuthorCannotSeeOrEditAnnesCourseButAnAdministratorCan() throws Exception {
        long id = createCourse(anne, "Anne sitt kurs");
        try (Connection db = TestDatabase.connect()) {
            db.createStatement()
                    .executeUpdate("INSERT INTO person (username, display_name, email, preferred_language,"
                            + " password_hash, active, failed_sign_ins, created_at, version) SELECT 'berit', 'Berit Bok',"
                            + " 'berit@demo.vidsynt.no', 'nb', password_hash, TRUE, 0, created_at, 1 FROM person"
                            + " WHERE username = 'anne'");
            db.createStatement()
                    .executeUpdate("INSERT INTO person_role (person_id, role) SELECT id, 'AUTHOR'"
                            + " FROM person WHERE username = 'berit'");
        }
        JsonApi berit = new JsonApi(base, "berit", PASSWORD);
        String course = AUTHORING + "/" + id;
        assertThat(berit.get(course).statusCode()).isEqualTo(404);
        assertThat(berit.put(course, "{\"title\": \"Mitt nå\", \"completionRule\": \"ALL_REQUIRED\", \"version\": 1}")
                        .statusCode())
                .isEqualTo(404);
        assertThat(berit.post(course + "/sections", "{\"title\": \"Inntrenger\"}")
                        .statusCode())
                .isEqualTo(404);
        assertThat(berit.post(course + "/publish", null).statusCode()).isEqualTo(404);
        assertThat(berit.delete(course).statusCode()).isEqualTo(404);
        var problem = berit.get(course + "/versions");
        assertThat(problem.statusCode()).isEqualTo(404);
        assertThat(problem.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(berit.get(AUTHORING).body()).doesNotContain("Anne sitt kurs");

        JsonApi ada = new JsonApi(base, "ada", PASSWORD);
        assertThat(ada.get(course).statusCode()).isEqualTo(200);
        var added = ada.post(course + "/authors", "{\"username\": \"berit\"}");
        assertThat(added.statusCode()).as(added.body()).isEqualTo(200);
        assertThat(berit.get(course).statusCode())
                .as("an added author may edit")
                .isEqualTo(200);
        assertThat(berit.post(course + "/sections", "{\"title\": \"Bidrag\"}").statusCode())
                .isEqualTo(201);
        assertThat(JsonApi.object(berit.get(AUTHORING + "?q=anne")).getInt("total"))
                .isEqualTo(1);
    }

    @Test
    void learnersLeadersAndTrainersCannotUseTheAuthoringApi() {
        for (String username : List.of("lise", "leif", "tor")) {
            JsonApi someone = new JsonApi(base, username, PASSWORD);
            assertThat(someone.get(AUTHORING).statusCode()).as(username).isEqualTo(403);
            assertThat(someone.post(
                                    AUTHORING,
                                    "{\"programme\": \"medarbeider\", \"title\": \"Nei\","
                                            + " \"completionRule\": \"ALL_REQUIRED\"}")
                            .statusCode())
                    .as(username)
                    .isEqualTo(403);
            assertThat(someone.get("api/v1/courses").statusCode()).as(username).isEqualTo(200);
        }
        assertThat(new Http(base).get(AUTHORING).statusCode()).isEqualTo(401);
        assertThat(new Http(base).get("openapi", "Accept", "application/json").body())
                .contains("/api/v1/authoring/courses/{id}/publish")
                .contains("/api/v1/courses");
    }

    @Test
    void aChangeBasedOnAnOlderVersionConflicts() {
        long id = createCourse(anne, "Samtidige endringer");
        String course = AUTHORING + "/" + id;
        long version = JsonApi.object(anne.get(course)).getJsonNumber("version").longValue();
        String change = "{\"title\": \"%s\", \"completionRule\": \"ALL_REQUIRED\", \"version\": " + version + "}";

        assertThat(anne.put(course, change.formatted("Første endring")).statusCode())
                .isEqualTo(200);
        var second = anne.put(course, change.formatted("Andre endring"));
        assertThat(second.statusCode()).isEqualTo(409);
        assertThat(JsonApi.object(second).getInt("status")).isEqualTo(409);
        assertThat(JsonApi.object(anne.get(course)).getString("title")).isEqualTo("Første endring");

        var staleSection = anne.post(course + "/sections", "{\"title\": \"For sent\"}", "\"" + version + "\"");
        assertThat(staleSection.statusCode()).isEqualTo(409);
        long now = JsonApi.object(anne.get(course)).getJsonNumber("version").longValue();
        assertThat(anne.post(course + "/sections", "{\"title\": \"I tide\"}", String.valueOf(now))
                        .statusCode())
                .isEqualTo(201);
    }

    @Test
    void invalidInputIsRefusedWithFieldErrors() {
        var blank = anne.post(
                AUTHORING,
                "{\"programme\": \"medarbeider\", \"title\": \" \"," + " \"completionRule\": \"ALL_REQUIRED\"}");
        assertThat(blank.statusCode()).isEqualTo(400);
        assertThat(fields(blank)).contains("title");
        assertThat(fields(anne.post(
                        AUTHORING,
                        "{\"programme\": \"ukjent\", \"title\": \"Kurs\"," + " \"completionRule\": \"ALL_REQUIRED\"}")))
                .containsExactly("programme");

        long id = createCourse(anne, "Regler for tilgang");
        String course = AUTHORING + "/" + id;
        long section = sections(JsonApi.object(anne.post(course + "/sections", "{\"title\": \"S\"}")))
                .get(0)
                .getJsonNumber("id")
                .longValue();
        JsonObject draft = JsonApi.object(
                anne.post(course + "/sections/" + section + "/units", "{\"type\": \"task\", \"title\": \"Oppgave\"}"));
        long unit = unitIds(draft).get(0);
        assertThat(fields(anne.post(
                        course + "/sections/" + section + "/units", "{\"type\": \"no-such-type\", \"title\": \"X\"}")))
                .containsExactly("type");

        var window = anne.put(course + "/units/" + unit, """
                {"title": "Oppgave", "required": true, "availability":
                 {"from": "2026-12-10T08:00:00Z", "until": "2026-12-01T08:00:00Z"}}""");
        assertThat(window.statusCode()).isEqualTo(400);
        assertThat(fields(window)).containsExactly("availability.until");
        var itself = anne.put(course + "/units/" + unit, """
                {"title": "Oppgave", "required": true, "availability":
                 {"prerequisites": [{"kind": "UNIT", "id": %d}]}}""".formatted(unit));
        assertThat(fields(itself)).containsExactly("availability.prerequisites");
        assertThat(JsonApi.object(itself).toString()).contains("cannot require itself");
        var unknown = anne.put(course + "/units/" + unit, """
                {"title": "Oppgave", "required": true, "availability":
                 {"prerequisites": [{"kind": "UNIT", "id": 987654}], "roles": ["learner"]}}""");
        assertThat(fields(unknown)).containsExactly("availability.prerequisites");
        var fine = anne.put(course + "/units/" + unit, """
                {"title": "Oppgave", "required": true, "availability":
                 {"from": "2026-12-01T08:00:00Z", "until": "2026-12-10T08:00:00Z", "roles": ["learner"]}}""");
        assertThat(fine.statusCode()).as(fine.body()).isEqualTo(200);
        assertThat(fine.body()).contains("2026-12-01T08:00:00Z");

        var emptyPublish = JsonApi.object(anne.post(AUTHORING + "/" + createCourse(anne, "Tomt") + "/publish", null));
        assertThat(emptyPublish.getInt("status")).isEqualTo(400);
        assertThat(anne.delete(course).statusCode())
                .as("a never-published course can be deleted")
                .isEqualTo(204);
        assertThat(anne.get(course).statusCode()).isEqualTo(404);
    }

    private static List<String> fields(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        return JsonApi.object(response).getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(error -> error.getString("field"))
                .toList();
    }
}
