package no.vidsynt.app.it.veiledning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;
import no.vidsynt.app.it.Http;
import no.vidsynt.app.it.MailServer;
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
 * The supervision logbook and the certificate through the real API against MariaDB: a trainee's own entries (write,
 * change, share, delete, PDF), privacy (identity numbers refused, a leader and another trainee get 404, the trainer
 * sees counts and shared entries only), completion by the last logbook entry issuing a certificate with a mail, and the
 * public verification: valid, revoked after the trainer revokes it, a changed code unknown.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LogbookAndCertificateIT {

    private static final String LOGBOOK = "api/v1/veiledning/logbook";
    private static final String CERTIFICATES = "api/v1/veiledning/certificates";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return VidSyntDeployment.war();
    }

    @ArquillianResource
    URL url;

    private VeiledningFixture api;

    @BeforeEach
    void connect() throws Exception {
        api = new VeiledningFixture(url.toURI());
    }

    private static String entry(String theme, String reflection) {
        return """
                {"givenOn": "%s", "minutes": 45, "mode": "GROUP", "participants": 4, "theme": "%s",
                 "method": "Reflekterende team", "whatWorked": "Alle kom til orde, og teamet fant en ny vei.",
                 "reflection": "%s"}""".formatted(LocalDate.now().minusDays(2), theme, reflection);
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void aTraineeKeepsAPrivateLogbookAndSharesEntriesWithTheTrainerOnly() throws Exception {
        String tag = unique();
        long tor = VeiledningFixture.personId("tor");
        long[] course = VeiledningFixture.course("Logg " + tag);
        long cohort = VeiledningFixture.cohort(course[0], "Kull " + tag, tor, 3, 2);
        String anna = "anna" + tag;
        String bjorn = "bjorn" + tag;
        long annaId = VeiledningFixture.trainee(anna, "Anna Logg", course[0], cohort);
        VeiledningFixture.trainee(bjorn, "Bjørn Logg", course[0], cohort);

        HttpResponse<String> written = api.call("POST", LOGBOOK, anna, entry("Vaktskiftet", "Jeg ventet med råd."));
        assertThat(written.statusCode()).as(written.body()).isEqualTo(201);
        long id = ((JsonObject) Http.json(written)).getJsonNumber("id").longValue();
        String one = LOGBOOK + "/" + id;

        HttpResponse<String> changed = api.call("PUT", one, anna, entry("Vaktskiftet på kvelden", "Jeg ventet."));
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(((JsonObject) Http.json(changed)).getString("theme")).isEqualTo("Vaktskiftet på kvelden");
        assertThat((JsonArray) Http.json(api.call("GET", LOGBOOK, anna, null))).hasSize(1);

        // An identity number in free text: 400 as a problem document naming the field and the reason.
        HttpResponse<String> refused =
                api.call("POST", LOGBOOK, anna, entry("Skolen", "Gutten, 150585 43206, ble roligere."));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonObject problem = (JsonObject) Http.json(refused);
        assertThat(problem.getString("type")).isEqualTo("urn:vidsynt:veiledning:privacy.identityNumber");
        assertThat(problem.getString("detail")).contains("fødselsnummer");
        assertThat(problem.getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("reflection");
        assertThat((JsonArray) Http.json(api.call("GET", LOGBOOK, anna, null))).hasSize(1);

        // Private: another trainee and a leader are told it does not exist; so is the trainer until it is shared.
        assertThat(api.call("GET", one, bjorn, null).statusCode()).isEqualTo(404);
        assertThat(api.call("PUT", one, bjorn, entry("Mitt nå", "Nei.")).statusCode())
                .isEqualTo(404);
        assertThat(api.call("DELETE", one, bjorn, null).statusCode()).isEqualTo(404);
        assertThat(api.call("GET", one, "leif", null).statusCode()).isEqualTo(404);
        assertThat(api.call("GET", LOGBOOK + "/trainees/" + annaId, "leif", null)
                        .statusCode())
                .isEqualTo(404);
        assertThat(api.call("GET", LOGBOOK + "/trainees/" + annaId, bjorn, null).statusCode())
                .isEqualTo(404);
        JsonObject trainerView = (JsonObject) Http.json(api.call("GET", LOGBOOK + "/trainees/" + annaId, "tor", null));
        assertThat(trainerView.getInt("entries")).isEqualTo(1);
        assertThat(trainerView.getJsonArray("shared")).isEmpty();

        HttpResponse<String> shared = api.call("PUT", one + "/shared", anna, "{\"shared\": true}");
        assertThat(shared.statusCode()).as(shared.body()).isEqualTo(200);
        trainerView = (JsonObject) Http.json(api.call("GET", LOGBOOK + "/trainees/" + annaId, "tor", null));
        assertThat(trainerView.getJsonArray("shared").getJsonObject(0).getString("reflection"))
                .isEqualTo("Jeg ventet.");
        api.call("PUT", one + "/shared", anna, "{\"shared\": false}");
        trainerView = (JsonObject) Http.json(api.call("GET", LOGBOOK + "/trainees/" + annaId, "tor", null));
        assertThat(trainerView.getJsonArray("shared")).isEmpty();

        HttpResponse<byte[]> pdf = api.download(LOGBOOK + "/export.pdf", anna);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(new String(Arrays.copyOf(pdf.body(), 5), StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");

        assertThat(api.call("DELETE", one, anna, null).statusCode()).isEqualTo(204);
        assertThat(api.call("GET", one, anna, null).statusCode()).isEqualTo(404);
    }

    @Test
    void theLastLogbookEntryCompletesTheCourseAndTheCertificateVerifiesUntilRevoked() throws Exception {
        String tag = unique();
        long tor = VeiledningFixture.personId("tor");
        long[] course = VeiledningFixture.course("Kursbevis " + tag);
        long cohort = VeiledningFixture.cohort(course[0], "Kull høst " + tag, tor, 3, 1);
        String cecilie = "cecilie" + tag;
        String other = "dag" + tag;
        long cecilieId = VeiledningFixture.trainee(cecilie, "Cecilie Kursbevis", course[0], cohort);
        VeiledningFixture.trainee(other, "Dag Annen", course[0], cohort);
        VeiledningFixture.attendedRounds(cohort, cecilieId, "SUPERVISOR", "SUPERVISEE", "OBSERVER");

        // The unit and the rounds are done; the logbook entry is still missing.
        HttpResponse<String> done = api.call("POST", "api/v1/me/progress/" + course[1] + "/done", cecilie, null);
        assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
        assertThat(VeiledningFixture.enrolmentStatus(cecilieId, course[0])).isEqualTo("ACTIVE");
        assertThat((JsonArray) Http.json(api.call("GET", CERTIFICATES, cecilie, null)))
                .isEmpty();

        assertThat(api.call("POST", LOGBOOK, cecilie, entry("Foreldresamarbeid", "Jeg lyttet mer."))
                        .statusCode())
                .isEqualTo(201);
        assertThat(VeiledningFixture.enrolmentStatus(cecilieId, course[0])).isEqualTo("COMPLETED");
        JsonArray mine = (JsonArray) Http.json(api.call("GET", CERTIFICATES, cecilie, null));
        assertThat(mine).hasSize(1);
        JsonObject certificate = mine.getJsonObject(0);
        long id = certificate.getJsonNumber("id").longValue();
        String code = certificate.getString("code");
        assertThat(code).matches("([A-Z2-9]{4}-){4}[A-Z2-9]");
        assertThat(certificate.getString("cohort")).isEqualTo("Kull høst " + tag);

        MimeMessage issued = mail(cecilie + "@test.vidsynt.no", "Kursbeviset ditt fra VidSynt Veiledning");
        assertThat(issued.getContent().toString()).contains(code).contains("veiledning/verify.xhtml?code=" + code);

        HttpResponse<byte[]> pdf = api.download(CERTIFICATES + "/" + id + "/certificate.pdf", cecilie);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(new String(Arrays.copyOf(pdf.body(), 5), StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        assertThat(api.download(CERTIFICATES + "/" + id + "/certificate.pdf", other)
                        .statusCode())
                .isEqualTo(404);

        // Public verification, with no sign-in: the API and the page.
        JsonObject valid = (JsonObject) Http.json(api.call("GET", CERTIFICATES + "/verify/" + code, null, null));
        assertThat(valid.getString("status")).isEqualTo("VALID");
        assertThat(valid.getString("holder")).isEqualTo("Cecilie Kursbevis");
        assertThat(valid.getInt("hours")).isEqualTo(60);
        HttpResponse<String> page = api.page("veiledning/verify.xhtml?code=" + code);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Kursbeviset er gyldig").contains("Cecilie Kursbevis");

        // A changed code is not found, though it has the right shape.
        String changed = (code.charAt(0) == 'A' ? "B" : "A") + code.substring(1);
        assertThat(((JsonObject) Http.json(api.call("GET", CERTIFICATES + "/verify/" + changed, null, null)))
                        .getString("status"))
                .isEqualTo("NOT_FOUND");
        assertThat(api.page("veiledning/verify.xhtml?code=" + changed).body()).contains("Vi fant ikke noe kursbevis");

        // Only the cohort's trainer revokes, with a reason; the holder is told why, the public only that it is revoked.
        String reason = "{\"reason\": \"Loggføringen viste seg å gjelde et annet kull.\"}";
        assertThat(api.call("POST", CERTIFICATES + "/" + id + "/revoke", other, reason)
                        .statusCode())
                .isEqualTo(404);
        assertThat(api.call("POST", CERTIFICATES + "/" + id + "/revoke", "leif", reason)
                        .statusCode())
                .isEqualTo(404);
        assertThat(api.call("POST", CERTIFICATES + "/" + id + "/revoke", "tor", "{\"reason\": \" \"}")
                        .statusCode())
                .isEqualTo(400);
        HttpResponse<String> revoked = api.call("POST", CERTIFICATES + "/" + id + "/revoke", "tor", reason);
        assertThat(revoked.statusCode()).as(revoked.body()).isEqualTo(200);
        assertThat(api.call("POST", CERTIFICATES + "/" + id + "/revoke", "tor", reason)
                        .statusCode())
                .isEqualTo(409);
        HttpResponse<String> nowRevoked = api.call("GET", CERTIFICATES + "/verify/" + code, null, null);
        JsonObject answer = (JsonObject) Http.json(nowRevoked);
        assertThat(answer.getString("status")).isEqualTo("REVOKED");
        assertThat(answer.isNull("revokedAt")).isFalse();
        assertThat(answer.containsKey("holder")).isFalse();
        assertThat(nowRevoked.body()).doesNotContain("annet kull");
        HttpResponse<String> revokedPage = api.page("veiledning/verify.xhtml?code=" + code.toLowerCase());
        assertThat(revokedPage.body())
                .contains("Kursbeviset er trukket tilbake")
                .doesNotContain("annet kull");
        MimeMessage told =
                mail(cecilie + "@test.vidsynt.no", "Kursbeviset ditt fra VidSynt Veiledning er trukket tilbake");
        assertThat(told.getContent().toString()).contains("annet kull");
    }

    private static MimeMessage mail(String recipient, String subject) {
        return await().atMost(Duration.ofSeconds(60)).until(() -> find(recipient, subject), found -> found != null);
    }

    private static MimeMessage find(String recipient, String subject) throws Exception {
        for (MimeMessage message : MailServer.greenMail().getReceivedMessages()) {
            if (message.getAllRecipients()[0].toString().equals(recipient) && subject.equals(message.getSubject())) {
                return message;
            }
        }
        return null;
    }
}
