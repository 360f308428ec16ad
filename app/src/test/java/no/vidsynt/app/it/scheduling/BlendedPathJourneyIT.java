package no.vidsynt.app.it.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import no.vidsynt.app.it.CourseFixture;
import no.vidsynt.app.it.Http;
import no.vidsynt.app.it.TestDatabase;
import no.vidsynt.app.it.VidSyntDeployment;
import no.vidsynt.app.it.browser.Axe;
import no.vidsynt.app.it.browser.Browser;
import no.vidsynt.core.catalogue.control.PublishedCourse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The blended path in a real browser, from the sign-in form and the menu: Lise opens a course, reads, books the
 * practice session from the session unit's page and writes her reflection before it; Tor marks her attended on the
 * roster; the unit is completed, the reflection after the session opens and so does the unit that waits for it.
 * axe-core checks every page on the way.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BlendedPathJourneyIT {

    private static final String COURSE = "Blandet vei i nettleser";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return VidSyntDeployment.war();
    }

    @ArquillianResource
    URL url;

    @RegisterExtension
    final Browser browser = new Browser();

    private static PublishedCourse.Availability afterPrevious() {
        return new PublishedCourse.Availability(
                List.of(new PublishedCourse.Prerequisite(PublishedCourse.Prerequisite.Kind.UNIT, -1)),
                null,
                null,
                null,
                null);
    }

    private void axe() {
        assertThat(Axe.violations(browser.driver()))
                .as("axe on " + browser.driver().getCurrentUrl())
                .isEmpty();
    }

    private String h1() {
        return browser.find(By.tagName("h1")).getText();
    }

    private void openCourseFromMyLearning() {
        browser.menu("Min læring");
        axe();
        browser.navigate(By.xpath("//*[@id='ongoing']//h3/a[normalize-space(.)='" + COURSE + "']"));
        assertThat(h1()).isEqualTo(COURSE);
        axe();
    }

    private void openUnitFromCoursePage(long unit) {
        browser.navigate(By.cssSelector("li.vs-unit[data-unit='" + unit + "'] .vs-unit__title a"));
        axe();
    }

    @Test
    void liseBooksWritesBeforeIsMarkedAttendedWritesAfterAndTheNextUnitOpens() throws Exception {
        CourseFixture.Created course = CourseFixture.course(COURSE)
                .section("Praksis")
                .task("Les om veiledningssamtalen", "Les teksten før treningen.")
                .unit(
                        "Praksistrening",
                        "session",
                        true,
                        "{\"before\": \"Hva vil du øve på i treningen?\", \"after\": \"Hva tar du med deg?\"}",
                        afterPrevious())
                .unit("Bruk det i avdelingen", "task", true, "{\"text\": \"Prøv det ut.\"}", afterPrevious())
                .create();
        long reading = course.unit(0);
        long sessionUnit = course.unit(1);
        long nextUnit = course.unit(2);
        long lise = BookingFixture.personId("lise");
        BookingFixture.enrol(course.courseId(), List.of(lise));
        BookingFixture api = new BookingFixture(url.toURI());
        long session = createSession(api, "Trening i samtale", sessionUnit);

        browser.open(url);
        browser.signIn("lise", BookingFixture.PASSWORD);
        axe();
        openCourseFromMyLearning();
        // The session shows under its unit with seats left, but is not bookable before the reading is done.
        String underUnit = "li.vs-unit[data-unit='" + sessionUnit + "'] li[data-session='" + session + "']";
        assertThat(browser.find(By.cssSelector(underUnit)).getText())
                .contains("Trening i samtale")
                .contains("4 av 4");
        assertThat(browser.driver().findElements(By.cssSelector(underUnit + " .vs-book")))
                .isEmpty();

        openUnitFromCoursePage(reading);
        browser.click(By.id("unit:markDone"));
        browser.waitForText(By.id("messages"), "fullført");
        browser.navigate(By.cssSelector("#nextUnit"));
        assertThat(h1()).isEqualTo("Praksistrening");
        axe();

        // Book from the unit page: the button, then "Ja" in the confirmation dialog.
        String card = "li[data-session='" + session + "']";
        assertThat(browser.find(By.cssSelector(card + " .vs-book")).getText()).isEqualTo("Meld på");
        browser.click(By.cssSelector(card + " .vs-book"));
        browser.click(By.cssSelector(".vs-confirm-yes"));
        browser.waitForText(By.id("messages"), "Du er påmeldt");
        browser.waitForText(By.cssSelector(card), "Du er påmeldt.");
        assertThat(browser.find(By.id("reflection-AFTER")).getText()).contains("når treneren har registrert");
        axe();

        // "Min læring" names the booked session as the next step, and the reflection still to write.
        browser.menu("Min læring");
        WebElement next = browser.find(By.cssSelector("li[data-course='" + course.courseId() + "'] a.vs-next"));
        assertThat(next.getText()).startsWith("Neste: Trening i samtale ").endsWith("– skriv refleksjonen før økten");
        browser.navigate(By.cssSelector("li[data-course='" + course.courseId() + "'] a.vs-next"));
        assertThat(h1()).isEqualTo("Praksistrening");

        browser.type(By.cssSelector("textarea.vs-reflection-BEFORE"), "Jeg vil øve på å lytte før jeg svarer.");
        browser.click(By.cssSelector("#reflection-BEFORE .vs-submit-reflection"));
        browser.waitForText(By.id("messages"), "Refleksjonen er levert");
        // Handed in: no draft button any more, the one button saves changes to the handed-in text.
        assertThat(browser.driver().findElements(By.cssSelector("#reflection-BEFORE .vs-save-reflection")))
                .isEmpty();
        assertThat(browser.find(By.cssSelector("#reflection-BEFORE .vs-submit-reflection"))
                        .getText())
                .isEqualTo("Lagre endringene");
        browser.click(By.cssSelector("#reflection-BEFORE .vs-share-reflection"));
        browser.waitForText(By.id("messages"), "delt med treneren");
        axe();
        browser.menu("Min læring");
        assertThat(browser.find(By.cssSelector("li[data-course='" + course.courseId() + "'] a.vs-next"))
                        .getText())
                .startsWith("Neste: Trening i samtale ")
                .doesNotContain("refleksjonen");
        browser.signOut();

        // Tor marks her attended on the roster.
        browser.signIn("tor", BookingFixture.PASSWORD);
        browser.menu("Mine økter som trener");
        axe();
        browser.navigate(By.cssSelector("tr[data-session='" + session + "'] .vs-roster-link"));
        axe();
        String liseRow = browser.driver().findElements(By.cssSelector("tr[data-person]")).stream()
                .filter(r -> r.getText().contains("Lise"))
                .findFirst()
                .orElseThrow()
                .getAttribute("data-person");
        String row = "tr[data-person='" + liseRow + "'] ";
        browser.click(By.cssSelector(row + "input[value='ATTENDED']"));
        browser.click(By.cssSelector(row + ".vs-save"));
        browser.waitForText(By.id("messages"), "er lagret");
        assertThat(progress(lise, sessionUnit)).isEqualTo("COMPLETED");
        browser.signOut();

        // The unit is completed, the reflection after opens, and so does the next unit.
        browser.signIn("lise", BookingFixture.PASSWORD);
        openCourseFromMyLearning();
        openUnitFromCoursePage(sessionUnit);
        assertThat(browser.find(By.id("unitStatus")).getText()).contains("Fullført");
        assertThat(browser.find(By.id("reflection-BEFORE")).getText()).contains("Levert");
        browser.type(By.cssSelector("textarea.vs-reflection-AFTER"), "Å vente litt før jeg svarer.");
        browser.click(By.cssSelector("#reflection-AFTER .vs-submit-reflection"));
        browser.waitForText(By.id("messages"), "Refleksjonen er levert");
        axe();
        browser.navigate(By.cssSelector("#nextUnit"));
        assertThat(h1()).isEqualTo("Bruk det i avdelingen");
        assertThat(browser.driver().findElements(By.id("notAvailable"))).isEmpty();
        assertThat(browser.find(By.id("unit:markDone")).isDisplayed()).isTrue();
        axe();

        // Both reflections are in her journal, linked to the session, and shared only where she chose.
        try (Connection db = TestDatabase.connect();
                PreparedStatement query = db.prepareStatement(
                        "SELECT e.moment, e.session_id, e.status, (SELECT COUNT(*) FROM ss_entry_share s WHERE s.entry_id = e.id)"
                                + " FROM ss_journal_entry e WHERE e.person_id = ? AND e.unit_id = ? ORDER BY e.moment DESC")) {
            query.setLong(1, lise);
            query.setLong(2, sessionUnit);
            try (ResultSet rows = query.executeQuery()) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("BEFORE");
                assertThat(rows.getLong(2)).isEqualTo(session);
                assertThat(rows.getString(3)).isEqualTo("SUBMITTED");
                assertThat(rows.getLong(4))
                        .as("shared with the trainer by her choice")
                        .isEqualTo(1);
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("AFTER");
                assertThat(rows.getLong(4)).as("not shared").isZero();
            }
        }
    }

    private long createSession(BookingFixture api, String title, long unitId) {
        String start = LocalDateTime.now(ZoneId.of("Europe/Oslo"))
                .plusDays(5)
                .withHour(9)
                .withMinute(0)
                .truncatedTo(ChronoUnit.MINUTES)
                .toString();
        String end = LocalDateTime.parse(start).plusHours(3).toString();
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

    private static String progress(long person, long unit) throws Exception {
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
