package no.vidsynt.app.it.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import java.net.URL;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import no.vidsynt.app.it.Http;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The session pages for everyone: a keyboard-only learner books and cancels through the confirmation dialog; the
 * roster speaks the chosen language whatever the browser's; a learner who follows a roster link is told they have no
 * access instead of landing on the trainer's page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SessionKeyboardAndLanguageIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return VidSyntDeployment.war();
    }

    @ArquillianResource
    URL url;

    @RegisterExtension
    final Browser browser = new Browser();

    @RegisterExtension
    final Browser englishBrowser = new Browser().language("en-GB");

    private long createSession(BookingFixture api, String title, int hour) {
        String start = LocalDateTime.now(ZoneId.of("Europe/Oslo"))
                .plusDays(4)
                .truncatedTo(ChronoUnit.DAYS)
                .withHour(hour)
                .toString();
        String end = LocalDateTime.parse(start).plusHours(3).toString();
        var created = api.call(
                "POST",
                "api/v1/sessions",
                "tor",
                "{\"kind\":\"PRACTICE_TRAINING\",\"programmeKey\":\"veiledning\","
                        + "\"title\":\"" + title
                        + "\",\"start\":\"" + start + "\",\"end\":\"" + end
                        + "\",\"place\":\"Kristiansand\",\"capacity\":3,\"offerMinutes\":0}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return ((JsonArray) Http.json(created))
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
    }

    private WebElement active() {
        return browser.driver().switchTo().activeElement();
    }

    private void press(CharSequence key) {
        new Actions(browser.driver()).sendKeys(key).perform();
    }

    /** Tabs forward until the element matching the selector has focus (as a keyboard user would). */
    private void tabTo(String css) {
        WebElement target = browser.find(By.cssSelector(css));
        for (int i = 0; i < 250 && !target.equals(active()); i++) {
            press(Keys.TAB);
        }
        assertThat(active()).as("Tab reaches " + css).isEqualTo(target);
    }

    private String bookingStatus(long session, long person) throws Exception {
        try (Connection db = TestDatabase.connect()) {
            ResultSet row = db.createStatement()
                    .executeQuery("SELECT status FROM session_booking WHERE session_id = " + session
                            + " AND person_id = " + person);
            return row.next() ? row.getString(1) : null;
        }
    }

    @Test
    void aKeyboardUserBooksAndCancelsThroughTheDialog() throws Exception {
        BookingFixture api = new BookingFixture(url.toURI());
        List<Long> people = BookingFixture.learners("keys", 1);
        long session = createSession(api, "Tastaturøkt", 9);
        browser.open(url);
        browser.signIn("keys1", BookingFixture.PASSWORD);
        browser.click(By.cssSelector("#myPages a[href*='/sessions/upcoming.xhtml']"));
        String card = "li[data-session='" + session + "'] ";

        tabTo(card + ".vs-book");
        press(Keys.ENTER);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> active().getAttribute("class").contains("vs-confirm-yes"));
        assertThat(active().getText())
                .as("the dialog takes focus on its first button")
                .isEqualTo("Ja");
        press(Keys.TAB);
        assertThat(active().getText()).isEqualTo("Nei");
        for (int i = 0; i < 3; i++) {
            press(Keys.TAB);
            assertThat(browser.driver()
                            .findElement(By.cssSelector(".ui-confirm-dialog"))
                            .getAttribute("outerHTML"))
                    .as("Tab stays inside the open dialog")
                    .contains(active().getAttribute("outerHTML"));
        }
        press(Keys.ESCAPE);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> active().getAttribute("class").contains("vs-book"));
        assertThat(bookingStatus(session, people.get(0)))
                .as("Escape books nothing")
                .isNull();

        press(Keys.ENTER);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> active().getAttribute("class").contains("vs-confirm-yes"));
        press(Keys.ENTER);
        browser.waitForText(By.id("messages"), "Du er påmeldt");
        assertThat(bookingStatus(session, people.get(0))).isEqualTo("BOOKED");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> !"body".equals(active().getTagName()));
        assertThat(active().getAttribute("class"))
                .as("focus comes back to the session's card, not the top of the page")
                .contains("vs-cancel");
        assertThat(Axe.violations(browser.driver())).isEmpty();

        press(Keys.ENTER);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> active().getAttribute("class").contains("vs-confirm-yes"));
        press(Keys.ENTER);
        browser.waitForText(By.id("messages"), "Plassen din er avbestilt");
        assertThat(bookingStatus(session, people.get(0))).isEqualTo("CANCELLED");
    }

    /** The trainer's most destructive dialog, "Avlys økten", by keyboard alone: Escape keeps the session, Enter cancels it. */
    @Test
    void aTrainerCancelsASessionByKeyboardThroughTheDialog() throws Exception {
        long session = createSession(new BookingFixture(url.toURI()), "Avlysningsøkt", 10);
        browser.open(url);
        browser.signIn("tor", BookingFixture.PASSWORD);
        browser.click(By.cssSelector("#myPages a[href*='/sessions/trainer.xhtml']"));
        browser.click(By.cssSelector("tr[data-session='" + session + "'] .vs-roster-link"));

        tabTo("[id='danger:cancelSession']");
        press(Keys.ENTER);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> active().getAttribute("class").contains("vs-confirm-yes"));
        assertThat(browser.find(By.cssSelector(".ui-confirm-dialog")).getText()).contains("Vil du avlyse økten?");
        press(Keys.TAB);
        press(Keys.TAB);
        assertThat(browser.driver()
                        .findElement(By.cssSelector(".ui-confirm-dialog"))
                        .getAttribute("outerHTML"))
                .as("Tab stays inside the open dialog")
                .contains(active().getAttribute("outerHTML"));
        press(Keys.ESCAPE);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> "danger:cancelSession".equals(active().getAttribute("id")));
        assertThat(sessionStatus(session)).as("Escape cancels nothing").isNotEqualTo("CANCELLED");

        press(Keys.ENTER);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> active().getAttribute("class").contains("vs-confirm-yes"));
        press(Keys.ENTER);
        browser.waitForText(By.id("messages"), "Økten er avlyst");
        assertThat(sessionStatus(session)).isEqualTo("CANCELLED");
    }

    private String sessionStatus(long session) throws Exception {
        try (Connection db = TestDatabase.connect()) {
            ResultSet row =
                    db.createStatement().executeQuery("SELECT status FROM training_session WHERE id = " + session);
            row.next();
            return row.getString(1);
        }
    }

    @Test
    void theRosterSpeaksTheChosenLanguageNotTheBrowsers() throws Exception {
        long session = createSession(new BookingFixture(url.toURI()), "Språkøkt", 13);
        englishBrowser.open(url);
        englishBrowser.signIn("tor", BookingFixture.PASSWORD);
        englishBrowser.click(By.cssSelector("#myPages a[href*='/sessions/trainer.xhtml']"));
        englishBrowser.click(By.cssSelector("tr[data-session='" + session + "'] .vs-roster-link"));
        assertThat(englishBrowser.find(By.tagName("h1")).getText()).isEqualTo("Deltakerliste: Språkøkt");
        String lead = englishBrowser.find(By.cssSelector(".vs-lead")).getText();
        assertThat(lead).contains("Praksistrening").contains("kl. 13:00–16:00").doesNotContain("Practice");
        assertThat(englishBrowser.find(By.id("main")).getText()).doesNotContain("We could not find");
        assertThat(Axe.violations(englishBrowser.driver())).isEmpty();

        englishBrowser.click(By.cssSelector("#myPages a[href*='/sessions/trainer.xhtml']"));
        englishBrowser.click(By.id("language:en"));
        new WebDriverWait(englishBrowser.driver(), Duration.ofSeconds(20))
                .until(d -> "en".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
        englishBrowser.click(By.cssSelector("tr[data-session='" + session + "'] .vs-roster-link"));
        englishBrowser.waitForText(By.tagName("h1"), "Språkøkt");
        assertThat(englishBrowser.find(By.cssSelector(".vs-lead")).getText())
                .contains("Practice training")
                .contains("at 1:00 PM–4:00 PM");
    }

    @Test
    void aLearnerFollowingARosterLinkIsToldTheyHaveNoAccess() throws Exception {
        long session = createSession(new BookingFixture(url.toURI()), "Ikke din økt", 10);
        BookingFixture.learners("rosterlink", 1);
        browser.open(url);
        browser.signIn("rosterlink1", BookingFixture.PASSWORD);
        browser.go("sessions/roster.xhtml?id=" + session);
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Du har ikke tilgang til denne siden");
        assertThat(browser.find(By.id("forbiddenArea")).getText()).contains("trenerne som holder økten");
        assertThat(browser.find(By.id("forbiddenLinks")).getText()).contains("Mine økter");
        assertThat(browser.driver().findElements(By.id("newSession")))
                .as("no trainer's page")
                .isEmpty();
        assertThat(browser.find(By.id("main")).getText())
                .doesNotContain("noe gikk galt")
                .doesNotContain("Ny økt");
        assertThat(Axe.violations(browser.driver())).isEmpty();
        var status = ((JavascriptExecutor) browser.driver())
                .executeScript("return performance.getEntriesByType('navigation')[0].responseStatus");
        assertThat(((Number) status).intValue()).isEqualTo(403);

        browser.click(By.cssSelector("#myPages a[href*='/sessions/mine.xhtml']"));
        browser.click(By.id("language:en"));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(d -> "en".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
        browser.go("sessions/roster.xhtml?id=" + session);
        browser.waitForText(By.tagName("h1"), "You do not have access to this page");
        assertThat(browser.find(By.id("forbiddenArea")).getText()).contains("trainers who run the session");
    }
}
