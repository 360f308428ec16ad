package no.vidsynt.app.it.veiledning;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import no.vidsynt.app.it.Http;
import no.vidsynt.app.it.JsonApi;
import no.vidsynt.app.it.TestDatabase;
import no.vidsynt.app.it.VidSyntDeployment;
import no.vidsynt.app.it.browser.Axe;
import no.vidsynt.app.it.browser.Browser;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A new trainee's way through VidSynt Veiledning in a real browser, from nomination to a verified certificate. Every
 * step starts at the sign-in form and goes through the header's menu; axe-core checks each page on the way.
 *
 * <ol>
 *   <li>Leif (leader) nominates Berit, a learner in his department, with a motivation and sees her as "Nominert".
 *   <li>Tor (trainer) creates a cohort for the test (3 practice rounds, 1 logbook entry) under "Kull" and admits Berit
 *       into it after the confirmation.
 *   <li>Tor forms a practice group of Berit and two more trainees under "Treningsgrupper" and assigns it to three
 *       practice sessions in turn; the roles rotate, so that the third round makes Berit supervisor, and she has been
 *       supervisee and observer in the first two.
 *   <li>The third round: Berit sees her role and everyone's on the round page, which tells her to book the session;
 *       she books it under "Økter" from its link and writes her preparation, Carl (supervisee) his case; Tor
 *       marks the three attended on the roster ("Mine økter som trener"); Anders (observer) writes the structured
 *       feedback, and Berit reads it and reflects.
 *   <li>Berit writes a logbook entry ("Veiledningslogg"): one with a fødselsnummer is refused and nothing is saved; the
 *       right one completes the checklist and the course.
 *   <li>"Min læring" links her certificate; its verification address, opened signed out, says valid with her name, the
 *       programme and the cohort; a changed code is not found.
 * </ol>
 *
 * <p>Arranged by fixture instead of the UI, because they are not the programme's own steps or are covered elsewhere:
 * the three learners (SQL, demo password); the nominations of the two other trainees and their admission (API as Leif
 * and Tor); the three practice sessions (API as Tor); the bookings of them other than Berit's of the third (API, each
 * as themselves: the roster lists bookings); attendance in the first two rounds (API as Tor, the roster's endpoint); and the
 * programme course's required units, completed for Berit (SQL into {@code unit_progress}), because the journey is about
 * the programme's steps, not the course's units.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class VeiledningJourneyIT {

    private static final String PASSWORD = "vidsynt-demo";
    private static final String SSN = "15058543206";
    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return VidSyntDeployment.war();
    }

    @ArquillianResource
    URL url;

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void aTraineeGoesFromNominationToAVerifiedCertificate() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        long kristiansand = IntakeFixture.unitId("Avdeling Kristiansand");
        Trainee anders = learner("reise" + tag + "a", "Anders Lund", kristiansand);
        Trainee berit = learner("reise" + tag + "b", "Berit Holm", kristiansand);
        Trainee carl = learner("reise" + tag + "c", "Carl Moe", kristiansand);
        String cohortName = "Kull reise " + tag;
        String groupName = "Gruppe Reise";

        // 1. Leif nominates Berit and sees the status.
        browser.open(url);
        browser.signIn("leif", PASSWORD);
        browser.menu("Nominer til Veiledning");
        assertThat(h1()).isEqualTo("Nominer til Veiledning");
        axe();
        new Select(browser.find(By.id("nominate:person"))).selectByValue(String.valueOf(berit.id()));
        browser.type(
                By.id("nominate:motivation"), "Berit er trygg i vanskelige samtaler, og kollegene spør henne om råd.");
        browser.navigate(By.id("nominate:submit"));
        browser.waitForText(By.id("messages"), "Berit Holm er nominert.");
        long candidacy = Long.parseLong(scalar("SELECT id FROM veiledning_candidacy WHERE person_id = ?", berit.id()));
        assertThat(browser.find(By.cssSelector("#candidacies tr[data-candidacy='" + candidacy + "']"))
                        .getText())
                .contains("Berit Holm", "Nominert");
        axe();
        browser.signOut();

        // The two others of the group are nominated by API (Leif), and admitted by API (Tor) below.
        long anneCandidacy = nominate(anders);
        long carlCandidacy = nominate(carl);

        // 2. Tor creates the cohort and admits Berit into it after the confirmation.
        browser.signIn("tor", PASSWORD);
        browser.menu("Kull");
        assertThat(h1()).isEqualTo("Kull");
        axe();
        browser.type(By.id("new:name"), cohortName);
        date(By.id("new:startDate"), LocalDate.now());
        date(By.id("new:endDate"), LocalDate.now().plusMonths(5));
        browser.type(By.id("new:plan"), "To undervisningsdager og tre praksisrunder i treningsgruppa.");
        browser.type(By.id("new:sessions"), "3");
        browser.type(By.id("new:entries"), "1");
        browser.type(By.id("new:hours"), "40");
        browser.navigate(By.id("new:create"));
        browser.waitForText(By.id("messages"), "Kullet «" + cohortName + "» er opprettet.");
        long cohort = Long.parseLong(scalar("SELECT id FROM cohort WHERE name = ?", cohortName));
        long course = Long.parseLong(scalar("SELECT course_id FROM cohort WHERE id = ?", cohort));
        assertThat(scalar(
                        "SELECT CONCAT(required_sessions, '/', required_logbook_entries) FROM veiledning_cohort"
                                + " WHERE cohort_id = ?",
                        cohort))
                .isEqualTo("3/1");
        browser.navigate(By.cssSelector("#cohorts tr[data-cohort='" + cohort + "'] a"));
        assertThat(h1()).isEqualTo(cohortName);
        axe();
        String card = "article[data-candidacy='" + candidacy + "'] ";
        browser.navigate(By.cssSelector(card + "input[id$=':admit']"));
        assertThat(browser.find(By.cssSelector(card + ".vs-confirm")).getText())
                .contains("Ta opp Berit Holm i " + cohortName + "?");
        axe();
        browser.navigate(By.cssSelector(card + "input[id$=':confirmNow']"));
        browser.waitForText(By.id("messages"), "Berit Holm er tatt opp i " + cohortName);
        assertThat(browser.find(By.cssSelector("#members tr[data-person='" + berit.id() + "']"))
                        .getText())
                .contains("Berit Holm");
        assertThat(scalar("SELECT status FROM veiledning_candidacy WHERE id = ?", candidacy))
                .isEqualTo("ADMITTED");
        assertThat(scalar("SELECT CONCAT(status, ':', cohort_id) FROM enrolment WHERE person_id = ?", berit.id()))
                .isEqualTo("ACTIVE:" + cohort);
        axe();
        browser.signOut();

        // Fixture: the two others admitted by API; the practice sessions made by Tor through the API; Berit's
        // required units of the programme course completed (the journey is about the programme's own steps).
        admit(anneCandidacy, cohort);
        admit(carlCandidacy, cohort);
        List<Long> sessions = List.of(
                session("Praksistrening reise 1 " + tag, 2),
                session("Praksistrening reise 2 " + tag, 4),
                session("Praksistrening reise 3 " + tag, 6));
        String thirdTitle = "Praksistrening reise 3 " + tag;
        requiredUnitsDone(berit.id(), course);

        // 3. Tor forms the group and assigns it to the three sessions, in their order.
        browser.signIn("tor", PASSWORD);
        browser.menu("Treningsgrupper");
        assertThat(h1()).isEqualTo("Treningsgrupper");
        new Select(browser.find(By.id("cohortChoice"))).selectByValue(String.valueOf(cohort));
        browser.navigate(By.id("show"));
        assertThat(browser.find(By.id("main")).getText()).contains(cohortName);
        axe();
        browser.type(By.id("create:name"), groupName);
        for (Trainee trainee : List.of(anders, berit, carl)) {
            browser.click(By.cssSelector("#create input[type='checkbox'][value='" + trainee.id() + "']"));
        }
        browser.click(By.id("create:create"));
        browser.waitForText(By.id("messages"), "Gruppen «" + groupName + "» er opprettet.");
        String group = "//section[h3[normalize-space(.)='" + groupName + "']]";
        for (int i = 0; i < sessions.size(); i++) {
            new Select(browser.find(By.xpath(group + "//select"))).selectByValue(String.valueOf(sessions.get(i)));
            browser.click(By.xpath(group + "//button[contains(@id, ':assign')]"));
            browser.waitForText(By.id("messages"), "er satt opp på «Praksistrening reise " + (i + 1) + " " + tag);
        }
        String rounds = browser.find(By.xpath(group)).getText();
        assertThat(rounds)
                .contains("Berit Holm (Veisøker)") // round 1: Anders supervisor, Berit supervisee, Carl observer
                .contains("Berit Holm (Observatør)") // round 2: Carl supervisor, Anders supervisee
                .contains("Berit Holm (Veileder)"); // round 3: Berit supervisor, Carl supervisee, Anders observer
        assertThat(role(sessions.get(2), berit.id())).isEqualTo("SUPERVISOR");
        assertThat(role(sessions.get(2), carl.id())).isEqualTo("SUPERVISEE");
        assertThat(role(sessions.get(2), anders.id())).isEqualTo("OBSERVER");
        axe();
        browser.signOut();

        // Fixture: everyone books the three sessions (the roster lists bookings); the first two rounds are held and
        // Tor marks them attended through the roster's API.
        for (Trainee trainee : List.of(anders, berit, carl)) {
            for (long session : trainee == berit ? sessions.subList(0, 2) : sessions) {
                HttpResponse<String> booked =
                        as(trainee.username()).post("api/v1/sessions/" + session + "/booking", null);
                assertThat(booked.statusCode()).as(booked.body()).isIn(200, 201);
            }
        }
        for (long session : sessions.subList(0, 2)) {
            for (JsonValue entry : (JsonArray) Http.json(as("tor").get("api/v1/sessions/" + session + "/roster"))) {
                long booking = entry.asJsonObject().getJsonNumber("bookingId").longValue();
                HttpResponse<String> marked = as("tor")
                        .put("api/v1/sessions/" + session + "/roster/" + booking, "{\"attendance\":\"ATTENDED\"}");
                assertThat(marked.statusCode()).as(marked.body()).isEqualTo(200);
            }
        }
        assertThat(scalar(
                        "SELECT COUNT(*) FROM veiledning_round_role WHERE person_id = ? AND attended = TRUE",
                        berit.id()))
                .isEqualTo("2");

        // 4. The third round. Berit, the supervisor, sees the roles; the round page tells her to book the session
        // (the group's assignment books nobody), and she books it under "Økter" from its link.
        browser.signIn(berit.username(), PASSWORD);
        browser.menu("Mine treningsrunder");
        assertThat(h1()).isEqualTo("Mine treningsrunder");
        assertThat(browser.find(By.cssSelector("li[data-session='" + sessions.get(2) + "'] .vs-my-role"))
                        .getText())
                .contains("Veileder");
        axe();
        openRound(thirdTitle);
        assertThat(browser.find(By.id("bookFirst")).getText()).contains("ikke påmeldt økten");
        axe();
        browser.follow("Meld deg på under Økter");
        String sessionCard = "li[data-session='" + sessions.get(2) + "']";
        assertThat(browser.find(By.cssSelector(sessionCard)).getText()).contains(thirdTitle);
        axe();
        browser.click(By.cssSelector(sessionCard + " .vs-book"));
        browser.click(By.cssSelector(".vs-confirm-yes"));
        browser.waitForText(By.id("messages"), "Du er påmeldt");
        assertThat(scalar(
                        "SELECT status FROM session_booking WHERE session_id = ? AND person_id = ?",
                        sessions.get(2),
                        berit.id()))
                .isEqualTo("BOOKED");
        browser.menu("Mine treningsrunder");
        openRound(thirdTitle);
        assertThat(browser.driver().findElements(By.id("bookFirst"))).isEmpty();
        assertThat(roleShown(berit)).isEqualTo("Veileder");
        assertThat(roleShown(carl)).isEqualTo("Veisøker");
        assertThat(roleShown(anders)).isEqualTo("Observatør");
        assertThat(browser.find(By.id("main")).getText())
                .contains("Etter økten, når treneren har registrert at du møtte, kan du skrive her.");
        axe();
        browser.type(By.id("preparation:text"), "Jeg vil øve på å stille åpne spørsmål og vente med egne forslag.");
        browser.navigate(By.id("preparation:save"));
        browser.waitForText(By.id("messages"), "Forberedelsen er lagret.");
        browser.signOut();

        // Carl, the supervisee, brings his case.
        browser.signIn(carl.username(), PASSWORD);
        browser.menu("Mine treningsrunder");
        openRound(thirdTitle);
        browser.type(
                By.id("case:text"), "En ungdom trekker seg unna fellesskapet, og personalet er uenige om hva vi gjør.");
        browser.navigate(By.id("case:save"));
        browser.waitForText(By.id("messages"), "Saken er lagret.");
        axe();
        browser.signOut();

        // Tor marks the three attended on the roster.
        browser.signIn("tor", PASSWORD);
        browser.menu("Mine økter som trener");
        axe();
        browser.navigate(By.cssSelector("tr[data-session='" + sessions.get(2) + "'] .vs-roster-link"));
        axe();
        for (Trainee trainee : List.of(anders, berit, carl)) {
            String row = "tr[data-person='" + trainee.username() + "@test.vidsynt.no'] ";
            browser.click(By.cssSelector(row + "input[value='ATTENDED']"));
            browser.click(By.cssSelector(row + ".vs-save"));
            browser.waitForText(By.id("messages"), "Oppmøtet for " + trainee.name() + " er lagret.");
        }
        assertThat(scalar(
                        "SELECT COUNT(*) FROM veiledning_round_role WHERE session_id = ? AND attended = TRUE",
                        sessions.get(2)))
                .isEqualTo("3");
        browser.signOut();

        // Anders, the observer, gives the structured feedback after the session.
        browser.signIn(anders.username(), PASSWORD);
        browser.menu("Mine treningsrunder");
        openRound(thirdTitle);
        assertThat(roleShown(anders)).isEqualTo("Observatør");
        browser.type(By.id("feedback:whatWorked"), "Du oppsummerte godt og lot saken få ta tid.");
        browser.type(By.id("feedback:openingQuestions"), "«Hva tror du ungdommen selv ville sagt om dette?»");
        browser.click(By.cssSelector("#feedback input[type='radio'][value='YES']"));
        browser.type(By.id("feedback:tryNext"), "Vent litt lenger før du foreslår tiltak.");
        axe();
        browser.navigate(By.id("feedback:save"));
        browser.waitForText(By.id("messages"), "Tilbakemeldingen er sendt til veilederen.");
        browser.signOut();

        // Berit reads it and writes her reflection.
        browser.signIn(berit.username(), PASSWORD);
        browser.menu("Mine treningsrunder");
        openRound(thirdTitle);
        WebElement feedback = browser.find(By.cssSelector("article.vs-feedback"));
        assertThat(feedback.getText())
                .contains("Fra Anders Lund", "Du oppsummerte godt", "Hva tror du ungdommen", "Vent litt lenger");
        axe();
        browser.type(By.id("reflection:text"), "Jeg hastet mot tiltak; neste gang utforsker jeg saken lenger.");
        browser.navigate(By.id("reflection:save"));
        browser.waitForText(By.id("messages"), "Refleksjonen er lagret.");

        // 5. The logbook: a fødselsnummer is refused and nothing is saved; the right entry completes the course.
        browser.menu("Veiledningslogg");
        assertThat(h1()).isEqualTo("Veiledningslogg");
        assertThat(browser.driver().findElements(By.id("checklistDone"))).isEmpty();
        axe();
        date(By.id("entry:givenOn"), LocalDate.now().minusDays(3));
        browser.type(By.id("entry:minutes"), "45");
        browser.click(By.cssSelector("#entry input[type='radio'][value='GROUP']"));
        browser.type(By.id("entry:participants"), "4");
        browser.type(By.id("entry:theme"), "Samarbeid med foreldre");
        browser.type(By.id("entry:method"), "Reflekterende team");
        browser.type(By.id("entry:whatWorked"), "Alle kom til orde, og teamet fant en ny vei.");
        browser.type(By.id("entry:reflection"), "Gutten (" + SSN + ") ble roligere da vi snakket om det.");
        browser.navigate(By.id("entry:save"));
        browser.waitForText(By.id("messages"), "Innslaget ble ikke lagret.");
        assertThat(browser.find(By.cssSelector("#entry .vs-error")).getText()).contains("fødselsnummer eller D-nummer");
        assertThat(count("SELECT COUNT(*) FROM veiledning_log_entry WHERE person_id = ?", berit.id()))
                .isZero();
        assertThat(browser.driver().findElements(By.id("checklistDone"))).isEmpty();
        axe();
        browser.type(By.id("entry:reflection"), "Jeg ventet med råd og spurte mer; det ga foreldrene rom.");
        browser.navigate(By.id("entry:save"));
        browser.waitForText(By.id("messages"), "Innslaget er lagret.");
        assertThat(browser.find(By.id("checklistDone")).getText()).contains("Du har fullført alt programmet krever.");
        assertThat(browser.driver().findElements(By.cssSelector("#checklist .vs-check--missing")))
                .isEmpty();
        assertThat(count("SELECT COUNT(*) FROM veiledning_log_entry WHERE person_id = ?", berit.id()))
                .isEqualTo(1);
        assertThat(scalar("SELECT status FROM enrolment WHERE person_id = ? AND course_id = ?", berit.id(), course))
                .isEqualTo("COMPLETED");
        axe();

        // 6. "Min læring" links the certificate; its page shows the code and the verification address.
        browser.menu("Min læring");
        axe();
        browser.navigate(By.id("certificatePage-" + course));
        assertThat(h1()).isEqualTo("Mitt kursbevis");
        String code = scalar(
                "SELECT code FROM veiledning_certificate WHERE person_id = ? AND cohort_id = ?", berit.id(), cohort);
        assertThat(code).isNotNull();
        WebElement shown = browser.find(By.cssSelector("#certificates code"));
        assertThat(shown.getText().replace("-", "")).isEqualToIgnoringCase(code.replace("-", ""));
        String address = browser.find(By.id("certificates"))
                .findElement(By.cssSelector("a[id$='verifyLink']"))
                .getAttribute("href");
        assertThat(address).contains("veiledning/verify.xhtml?code=" + shown.getText());
        axe();
        browser.signOut();

        // Someone else, signed out, opens the certificate's verification address: valid, with name, programme, cohort.
        browser.driver().get(address);
        assertThat(browser.driver().findElements(By.id("signedInAs"))).isEmpty();
        assertThat(h1()).isEqualTo("Kontroller et kursbevis");
        WebElement valid = browser.find(By.id("valid"));
        assertThat(valid.getText()).contains("Kursbeviset er gyldig", "VidSynt Veiledning");
        assertThat(browser.find(By.id("holder")).getText()).isEqualTo("Berit Holm");
        assertThat(browser.find(By.id("cohort")).getText()).isEqualTo(cohortName);
        axe();

        // A changed code, typed into the page's form, is not found.
        String printed = shown(address);
        String changed = (printed.charAt(0) == 'A' ? "B" : "A") + printed.substring(1);
        browser.type(By.id("code"), changed);
        browser.navigate(By.id("check"));
        assertThat(browser.find(By.id("notFound")).getText()).contains("Vi fant ikke noe kursbevis med denne koden");
        assertThat(browser.driver().findElements(By.id("valid"))).isEmpty();
        axe();
    }

    /** A learner made for the test: id, username, display name. */
    private record Trainee(long id, String username, String name) {}

    private static String shown(String address) {
        return address.substring(address.indexOf("code=") + "code=".length());
    }

    private void axe() {
        assertThat(Axe.violations(browser.driver()))
                .as("axe on " + browser.driver().getCurrentUrl())
                .isEmpty();
    }

    private String h1() {
        return browser.find(By.tagName("h1")).getText();
    }

    /** Sets a date field as its picker does (the typed form depends on the browser's locale). */
    private void date(By field, LocalDate value) {
        WebElement input = browser.find(field);
        ((JavascriptExecutor) browser.driver())
                .executeScript(
                        "arguments[0].value = arguments[1];"
                                + " arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
                        input,
                        value.toString());
    }

    private void openRound(String title) {
        browser.navigate(By.xpath("//main//h2/a[normalize-space(.)='" + title + "']"));
        assertThat(h1()).isEqualTo("Treningsrunde: " + title);
    }

    private String roleShown(Trainee trainee) {
        return browser.find(By.cssSelector("tr[data-person='" + trainee.id() + "'] td"))
                .getText();
    }

    private JsonApi as(String username) throws Exception {
        return new JsonApi(url.toURI(), username, PASSWORD);
    }

    private long nominate(Trainee trainee) throws Exception {
        HttpResponse<String> nominated = as("leif")
                .post(
                        "api/v1/veiledning/candidacies",
                        "{\"personId\":" + trainee.id() + ",\"motivation\":\"God på samarbeid i teamet\"}");
        assertThat(nominated.statusCode()).as(nominated.body()).isEqualTo(201);
        return JsonApi.object(nominated).getJsonNumber("id").longValue();
    }

    private void admit(long candidacy, long cohort) throws Exception {
        HttpResponse<String> admitted = as("tor")
                .post("api/v1/veiledning/candidacies/" + candidacy + "/admit", "{\"cohortId\":" + cohort + "}");
        assertThat(admitted.statusCode()).as(admitted.body()).isEqualTo(200);
        assertThat(JsonApi.object(admitted).getString("status")).isEqualTo("ADMITTED");
    }

    /** A practice-training session of the programme, Tor's, some days ahead at nine. */
    private long session(String title, int days) throws Exception {
        LocalDateTime start =
                LocalDateTime.now(OSLO).plusDays(days).withHour(9).withMinute(0).truncatedTo(ChronoUnit.MINUTES);
        HttpResponse<String> created = as("tor")
                .post(
                        "api/v1/sessions",
                        "{\"kind\":\"PRACTICE_TRAINING\",\"title\":\"" + title + "\",\"programmeKey\":\"veiledning\","
                                + "\"start\":\"" + start + "\",\"end\":\"" + start.plusHours(3) + "\","
                                + "\"place\":\"Kristiansand\",\"capacity\":6,\"offerMinutes\":0}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return ((JsonArray) Http.json(created))
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
    }

    private static String role(long session, long person) throws SQLException {
        return scalar("SELECT role FROM veiledning_round_role WHERE session_id = ? AND person_id = ?", session, person);
    }

    /** Fixture: every required unit of the programme course completed for the trainee. */
    private static void requiredUnitsDone(long person, long course) throws SQLException {
        try (Connection db = TestDatabase.connect();
                PreparedStatement insert = db.prepareStatement(
                        "INSERT INTO unit_progress (person_id, unit_id, course_id, status, time_spent_seconds,"
                                + " first_visited, last_visited, completed_at, version)"
                                + " SELECT ?, id, course_id, 'COMPLETED', 600, ?, ?, ?, 1 FROM course_unit"
                                + " WHERE course_id = ? AND required = TRUE AND removed = FALSE")) {
            Timestamp now = Timestamp.from(Instant.now());
            insert.setLong(1, person);
            insert.setTimestamp(2, now);
            insert.setTimestamp(3, now);
            insert.setTimestamp(4, now);
            insert.setLong(5, course);
            assertThat(insert.executeUpdate())
                    .as("required units of the programme course")
                    .isPositive();
        }
    }

    /** Fixture: a learner in the unit with the demo password (hashed with few iterations, as the other fixtures do). */
    private static Trainee learner(String username, String name, long unit) throws Exception {
        try (Connection db = TestDatabase.connect()) {
            long id = insert(
                    db,
                    "INSERT INTO person (username, display_name, email, preferred_language, password_hash, active,"
                            + " failed_sign_ins, created_at, version) VALUES (?, ?, ?, 'nb', ?, TRUE, 0, ?, 1)",
                    username,
                    name,
                    username + "@test.vidsynt.no",
                    no.vidsynt.app.it.TestPasswords.cheapHash(PASSWORD),
                    Timestamp.from(Instant.now()));
            insert(db, "INSERT INTO person_role (person_id, role) VALUES (?, 'LEARNER')", id);
            insert(db, "INSERT INTO person_unit (person_id, unit_id) VALUES (?, ?)", id, unit);
            return new Trainee(id, username, name);
        }
    }

    private static long count(String sql, Object... parameters) throws SQLException {
        return Long.parseLong(scalar(sql, parameters));
    }

    private static String scalar(String sql, Object... parameters) throws SQLException {
        return IntakeFixture.scalar(sql, parameters);
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
}
