package no.vidsynt.app.it.selfstudy;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
 * Self-study over the API against the real war and MariaDB: reflections stay private (other learners and leaders get
 * 404), sharing and withdrawing, oversized input refused with nothing saved, quiz attempts, limits and pass/fail,
 * sanitized reading pages and completion.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SelfStudyApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return VidSyntDeployment.war();
    }

    @ArquillianResource
    URL url;

    private ApiClient lise;
    private ApiClient arne;
    private ApiClient tor;
    private ApiClient leif;

    @BeforeEach
    void clients() throws Exception {
        URI base = url.toURI();
        lise = new ApiClient(base, "lise");
        arne = new ApiClient(base, "arne");
        tor = new ApiClient(base, "tor");
        leif = new ApiClient(base, "leif");
    }

    private static JsonStructure json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).read();
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at no.vidsynt");
    }

    private long writeAndSubmit(long reflection, String first, String second) {
        var draft = lise.put(
                "api/v1/selfstudy/reflections/" + reflection + "/draft", "{\"answers\":[\"" + first + "\",\"\"]}");
        assertThat(draft.statusCode()).as(draft.body()).isEqualTo(200);
        assertThat(((JsonObject) json(draft)).getString("status")).isEqualTo("DRAFT");
        var submitted = lise.post(
                "api/v1/selfstudy/reflections/" + reflection + "/submit",
                "{\"answers\":[\"" + first + "\",\"" + second + "\"]}");
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
        JsonObject entry = (JsonObject) json(submitted);
        assertThat(entry.getString("status")).isEqualTo("SUBMITTED");
        return entry.getJsonNumber("id").longValue();
    }

    @Test
    void aReflectionIsPrivateUntilSharedWithATrainerAndPrivateAgainWhenWithdrawn() throws Exception {
        var units = SelfStudyFixture.create("Personvern", "Tekst", 80, null);
        long entry = writeAndSubmit(units.reflection(), "Fordi vi alltid har gjort det", "Spørre barnet først");
        String path = "api/v1/selfstudy/journal/" + entry;

        assertThat(lise.get(path).statusCode()).isEqualTo(200);
        assertThat(lise.get(path).body()).contains("Fordi vi alltid har gjort det");
        for (ApiClient other : new ApiClient[] {arne, leif, tor}) {
            var refused = other.get(path);
            assertProblem(refused, 404);
            assertThat(refused.body()).doesNotContain("Fordi vi alltid");
        }
        assertThat(tor.get("api/v1/selfstudy/journal/shared-with-me").body()).doesNotContain("Fordi vi alltid");

        long torId = SelfStudyFixture.personId("tor");
        var shared = lise.post(path + "/shares", "{\"personId\":" + torId + "}");
        assertThat(shared.statusCode()).as(shared.body()).isEqualTo(200);
        JsonArray shares = ((JsonObject) json(shared)).getJsonArray("shares");
        assertThat(shares).hasSize(1);
        long shareId = shares.getJsonObject(0).getJsonNumber("id").longValue();

        var asTrainer = tor.get(path);
        assertThat(asTrainer.statusCode()).isEqualTo(200);
        assertThat(asTrainer.body()).contains("Fordi vi alltid har gjort det").contains("Lise Larsen");
        assertThat(((JsonObject) json(asTrainer)).getJsonArray("shares"))
                .as("only the writer sees the sharing")
                .isEmpty();
        assertThat(tor.get("api/v1/selfstudy/journal/shared-with-me").body()).contains("Fordi vi alltid har gjort det");
        assertProblem(arne.get(path), 404);
        assertProblem(leif.get(path), 404);

        assertProblem(tor.post(path + "/shares", "{\"personId\":" + SelfStudyFixture.personId("arne") + "}"), 404);
        assertProblem(tor.delete(path + "/shares/" + shareId), 404);

        var withdrawn = lise.delete(path + "/shares/" + shareId);
        assertThat(withdrawn.statusCode()).isEqualTo(200);
        assertProblem(tor.get(path), 404);
        assertThat(tor.get("api/v1/selfstudy/journal/shared-with-me").body()).doesNotContain("Fordi vi alltid");
    }

    @Test
    void leadersCanNeverBeGivenAReflectionNotByNameNorThroughTheirDepartment() throws Exception {
        var units = SelfStudyFixture.create("Ledere", "Tekst", 80, null);
        long entry = writeAndSubmit(units.reflection(), "Om en vanskelig sak", "Mer tid");
        String path = "api/v1/selfstudy/journal/" + entry;

        var refused = lise.post(path + "/shares", "{\"personId\":" + SelfStudyFixture.personId("leif") + "}");
        assertProblem(refused, 400);
        assertThat(refused.body()).contains("Leaders never see reflections");

        long kristiansand = SelfStudyFixture.orgUnitId("Avdeling Kristiansand");
        var group = lise.post(path + "/shares", "{\"orgUnitId\":" + kristiansand + "}");
        assertThat(group.statusCode()).as(group.body()).isEqualTo(200);
        assertProblem(leif.get(path), 404);
        assertThat(leif.get("api/v1/selfstudy/journal/shared-with-me").body()).isEqualTo("[]");
        assertProblem(arne.get(path), 404);
        var leaderExport = leif.get("api/v1/selfstudy/journal/export?format=markdown");
        assertThat(leaderExport.statusCode()).isEqualTo(200);
        assertThat(leaderExport.body()).doesNotContain("Om en vanskelig sak");

        long arendal = SelfStudyFixture.orgUnitId("Avdeling Arendal");
        assertProblem(lise.post(path + "/shares", "{\"orgUnitId\":" + arendal + "}"), 400);
        assertProblem(arne.get("api/v1/selfstudy/journal/" + entry), 404);
    }

    @Test
    void aFiveMegabyteReflectionIsRefusedCleanlyAndNothingIsSaved() throws Exception {
        var units = SelfStudyFixture.create("Stor tekst", "Tekst", 80, null);
        long before =
                SelfStudyFixture.count("SELECT COUNT(*) FROM ss_journal_entry WHERE unit_id = ?", units.reflection());
        String huge = "a".repeat(5 * 1024 * 1024);
        var refused = lise.put(
                "api/v1/selfstudy/reflections/" + units.reflection() + "/draft",
                "{\"answers\":[\"" + huge + "\",\"kort\"]}");
        assertThat(refused.statusCode()).isIn(400, 413);
        assertThat(refused.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(refused.body()).contains("too large").doesNotContain("aaaaaaaaaa");
        var tooLong = lise.put(
                "api/v1/selfstudy/reflections/" + units.reflection() + "/draft",
                "{\"answers\":[\"" + "a".repeat(100_000) + "\",\"kort\"]}");
        assertProblem(tooLong, 400);
        assertThat(tooLong.body()).contains("too long").doesNotContain("aaaaaaaaaa");
        assertThat(SelfStudyFixture.count(
                        "SELECT COUNT(*) FROM ss_journal_entry WHERE unit_id = ?", units.reflection()))
                .isEqualTo(before);
        assertThat(SelfStudyFixture.count(
                        "SELECT COUNT(*) FROM ss_journal_answer a JOIN ss_journal_entry e "
                                + "ON e.id = a.entry_id WHERE e.unit_id = ?",
                        units.reflection()))
                .isZero();

        var empty = lise.post(
                "api/v1/selfstudy/reflections/" + units.reflection() + "/submit", "{\"answers\":[\"noe\",\"  \"]}");
        assertProblem(empty, 400);
        assertThat(empty.body()).contains("Answer question 2");
        assertThat(SelfStudyFixture.count(
                        "SELECT COUNT(*) FROM ss_journal_entry WHERE unit_id = ?", units.reflection()))
                .as("nothing half-saved")
                .isEqualTo(before);
    }

    @Test
    void quizAttemptsAreLimitedAndScoredWithFeedbackAndTime() throws Exception {
        var units = SelfStudyFixture.create("Quiz", "Tekst", 100, 2);
        var quiz = lise.get("api/v1/selfstudy/quizzes/" + units.quiz());
        assertThat(quiz.statusCode()).isEqualTo(200);
        assertThat(quiz.body())
                .contains("Hvem er aktør i eget liv?")
                .doesNotContain("correct")
                .doesNotContain("feedback");

        long first = startAttempt(units.quiz());
        var failed = lise.post(
                "api/v1/selfstudy/attempts/" + first + "/submit",
                "{\"answers\":[{\"questionId\":\"q1\",\"selected\":[1]},{\"questionId\":\"q2\",\"selected\":[0]},"
                        + "{\"questionId\":\"q3\",\"selected\":[4]}]}");
        assertThat(failed.statusCode()).as(failed.body()).isEqualTo(200);
        JsonObject failedResult = (JsonObject) json(failed);
        assertThat(failedResult.getJsonNumber("score").doubleValue()).isEqualTo(50.0);
        assertThat(failedResult.getBoolean("passed")).isFalse();
        assertThat(failedResult.getJsonNumber("timeSpentSeconds").intValue()).isGreaterThanOrEqualTo(0);
        assertThat(failed.body())
                .contains("Nei: tenk på barnets prosjekt.")
                .contains("Takk for at du vurderer deg selv.");
        assertProblem(lise.post("api/v1/selfstudy/attempts/" + first + "/submit", "{\"answers\":[]}"), 409);
        assertProblem(arne.get("api/v1/selfstudy/attempts/" + first), 404);

        long second = startAttempt(units.quiz());
        var blank = lise.post(
                "api/v1/selfstudy/attempts/" + second + "/submit",
                "{\"answers\":[{\"questionId\":\"q1\",\"selected\":[]}]}");
        assertProblem(blank, 400);
        assertThat(blank.body()).contains("Answer at least one question");
        var passed = lise.post(
                "api/v1/selfstudy/attempts/" + second + "/submit",
                "{\"answers\":[{\"questionId\":\"q1\",\"selected\":[0]},{\"questionId\":\"q2\",\"selected\":[0]}]}");
        JsonObject passedResult = (JsonObject) json(passed);
        assertThat(passedResult.getJsonNumber("score").doubleValue()).isEqualTo(100.0);
        assertThat(passedResult.getBoolean("passed")).isTrue();

        assertProblem(lise.post("api/v1/selfstudy/quizzes/" + units.quiz() + "/attempts", null), 409);
        JsonObject standing = (JsonObject) json(lise.get("api/v1/selfstudy/quizzes/" + units.quiz() + "/attempts"));
        assertThat(standing.getJsonArray("attempts")).hasSize(2);
        assertThat(standing.getBoolean("passed")).isTrue();
        assertThat(standing.getBoolean("mayStart")).isFalse();
        assertThat(standing.getInt("attemptsLeft")).isZero();
        long lise = SelfStudyFixture.personId("lise");
        assertThat(SelfStudyFixture.count(
                        "SELECT COUNT(*) FROM ss_completion WHERE person_id = ? AND unit_id = ?", lise, units.quiz()))
                .isEqualTo(1);
        assertThat(SelfStudyFixture.count(
                        "SELECT COUNT(*) FROM ss_quiz_attempt WHERE person_id = ? AND unit_id = ? "
                                + "AND submitted_at IS NOT NULL AND time_spent_seconds IS NOT NULL",
                        lise,
                        units.quiz()))
                .isEqualTo(2);
        JsonObject arnes = (JsonObject) json(arne.get("api/v1/selfstudy/quizzes/" + units.quiz() + "/attempts"));
        assertThat(arnes.getJsonArray("attempts"))
                .as("another learner sees only their own")
                .isEmpty();
    }

    private long startAttempt(long quiz) {
        var started = lise.post("api/v1/selfstudy/quizzes/" + quiz + "/attempts", null);
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        return ((JsonObject) json(started)).getJsonNumber("id").longValue();
    }

    @Test
    void aReadingPageIsSanitizedTimedAndMarkedDone() throws Exception {
        var units = SelfStudyFixture.create(
                "Lesestoff",
                "# Kultur\n\n" + "ord ".repeat(250) + "\n\n<script>alert('x')</script>\n\n[lenke](javascript:alert(1))",
                80,
                null);
        var page = lise.get("api/v1/selfstudy/pages/" + units.page());
        assertThat(page.statusCode()).isEqualTo(200);
        JsonObject body = (JsonObject) json(page);
        assertThat(body.getString("html"))
                .contains("<h2 id=\"ss-kultur\">Kultur</h2>")
                .doesNotContain("<script")
                .doesNotContain("javascript:");
        assertThat(body.getInt("readingMinutes")).isEqualTo(2);
        assertThat(body.getBoolean("completed")).isFalse();
        assertThat(lise.post("api/v1/selfstudy/pages/" + units.page() + "/done", null)
                        .statusCode())
                .isEqualTo(200);
        assertThat(((JsonObject) json(lise.get("api/v1/selfstudy/pages/" + units.page()))).getBoolean("completed"))
                .isTrue();
        assertProblem(lise.get("api/v1/selfstudy/pages/" + units.quiz()), 404);
        assertProblem(lise.get("api/v1/selfstudy/pages/999999"), 404);
    }

    @Test
    void aPagesAttachmentIsServedOnlyToThoseWhoMayOpenThePage() throws Exception {
        var units = SelfStudyFixture.create("Vedlegg", "Se vedlegget.", 80, null);
        byte[] pdf = "%PDF-1.4\n% vedlegg\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        long file = SelfStudyFixture.attach(units.page(), "plan.pdf", "application/pdf", pdf);

        var enrolled = lise.getBytes("api/v1/selfstudy/files/" + file);
        assertThat(enrolled.statusCode()).isEqualTo(200);
        assertThat(enrolled.body()).isEqualTo(pdf);
        // tor and leif are not enrolled: the page answers 404 to them, and so does its attachment
        assertProblem(tor.get("api/v1/selfstudy/pages/" + units.page()), 404);
        assertProblem(tor.get("api/v1/selfstudy/files/" + file), 404);
        assertProblem(leif.get("api/v1/selfstudy/files/" + file), 404);
        assertProblem(leif.get("api/v1/selfstudy/files/" + (file + 100000)), 404);
    }

    @Test
    void theJournalIsSearchableAndExportsAsMarkdownAndPdf() throws Exception {
        var units = SelfStudyFixture.create("Eksport", "Tekst", 80, null);
        writeAndSubmit(units.reflection(), "Taushetsplikt og trygghet", "Lytte mer");
        var found = lise.get("api/v1/selfstudy/journal?q=taushetsplikt");
        assertThat(((JsonArray) json(found))).hasSize(1);
        assertThat(((JsonArray) json(lise.get("api/v1/selfstudy/journal?q=finnes-ikke-noe-sted"))))
                .isEmpty();
        var markdown = lise.get("api/v1/selfstudy/journal/export?format=markdown&lang=nb");
        assertThat(markdown.statusCode()).isEqualTo(200);
        assertThat(markdown.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/markdown"));
        assertThat(markdown.body()).contains("# Min refleksjonslogg").contains("Taushetsplikt og trygghet");
        var pdf = lise.getBytes("api/v1/selfstudy/journal/export?format=pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(arne.get("api/v1/selfstudy/journal/export?format=markdown").body())
                .doesNotContain("Taushetsplikt");
    }

    @Test
    void theOpenApiDocumentDescribesTheSelfStudyApi() {
        var openapi = lise.get("openapi");
        assertThat(openapi.body())
                .contains("/api/v1/selfstudy/journal")
                .contains("/api/v1/selfstudy/quizzes/{unit}/attempts")
                .contains("/api/v1/selfstudy/pages/{unit}");
    }
}
