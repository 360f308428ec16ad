package no.vidsynt.app.it.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import java.net.URL;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import no.vidsynt.app.it.Http;
import no.vidsynt.app.it.TestDatabase;
import no.vidsynt.app.it.VidSyntDeployment;
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

/**
 * Training sessions in a real browser: a learner books, a second joins the waitlist and gets the seat when the first
 * cancels; a trainer marks attendance on the roster.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SessionJourneyIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return VidSyntDeployment.war();
    }

    @ArquillianResource
    URL url;

    @RegisterExtension
    final Browser browser = new Browser();

    private long createSession(BookingFixture api, String title, Long unitId, int offerMinutes) {
        String start = LocalDateTime.now(ZoneId.of("Europe/Oslo"))
                .plusDays(3)
                .truncatedTo(ChronoUnit.MINUTES)
                .toString();
        String end = LocalDateTime.parse(start).plusHours(2).toString();
        var created = api.call(
                "POST",
                "api/v1/sessions",
                "tor",
                "{\"kind\":\"PRACTICE_TRAINING\",\"programmeKey\":\"veiledning\","
                        + "\"title\":\"" + title
                        + "\"," + (unitId == null ? "" : "\"unitId\":" + unitId + ",") + "\"start\":\"" + start
                        + "\",\"end\":\""
                        + end + "\",\"place\":\"Kristiansand\",\"capacity\":1,\"offerMinutes\":" + offerMinutes + "}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return ((JsonArray) Http.json(created))
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
    }

    /** From the header's menu entry ("Økter", "Mine økter"), the session's button, then "Ja" in the dialog. */
    private void act(String menuEntry, long session, String buttonClass) {
        browser.menu(menuEntry);
        browser.click(By.cssSelector("li[data-session='" + session + "'] ." + buttonClass));
        browser.click(By.cssSelector(".vs-confirm-yes"));
    }

    @Test
    void aLearnerBooksASecondWaitsAndGetsTheSeatWhenTheFirstCancels() throws Exception {
        BookingFixture api = new BookingFixture(url.toURI());
        BookingFixture.learners("web", 2);
        long session = createSession(api, "Nettleserøkt", null, 0);
        browser.open(url);

        browser.signIn("web1", BookingFixture.PASSWORD);
        browser.menu("Økter");
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Kommende økter");
        assertThat(browser.find(By.cssSelector("li[data-session='" + session + "'] .vs-book"))
                        .getText())
                .isEqualTo("Meld på");
        act("Økter", session, "vs-book");
        browser.waitForText(By.id("messages"), "Du er påmeldt");
        browser.waitForText(By.cssSelector("li[data-session='" + session + "']"), "Du er påmeldt.");
        browser.signOut();

        browser.signIn("web2", BookingFixture.PASSWORD);
        browser.menu("Økter");
        assertThat(browser.find(By.cssSelector("li[data-session='" + session + "'] .vs-book"))
                        .getText())
                .isEqualTo("Sett meg på venteliste");
        act("Økter", session, "vs-book");
        browser.waitForText(By.id("messages"), "venteliste");
        browser.menu("Mine økter");
        browser.waitForText(
                By.cssSelector("li[data-session='" + session + "']"), "Du står på venteliste, som nummer 1.");
        browser.signOut();

        browser.signIn("web1", BookingFixture.PASSWORD);
        act("Mine økter", session, "vs-cancel");
        browser.waitForText(By.id("messages"), "Plassen din er avbestilt");
        browser.signOut();

        browser.signIn("web2", BookingFixture.PASSWORD);
        browser.menu("Mine økter");
        browser.waitForText(By.cssSelector("li[data-session='" + session + "']"), "Du er påmeldt.");
    }

    @Test
    void aTrainerMarksAttendanceOnTheRoster() throws Exception {
        BookingFixture api = new BookingFixture(url.toURI());
        List<Long> people = BookingFixture.learners("attend", 1);
        long[] course = BookingFixture.course("Oppmøte i nettleser", 1);
        BookingFixture.enrol(course[0], people);
        long session = createSession(api, "Oppmøteøkt", course[1], 60);
        assertThat(api.call("POST", "api/v1/sessions/" + session + "/booking", "attend1", null)
                        .statusCode())
                .isEqualTo(201);

        browser.open(url);
        browser.signIn("tor", BookingFixture.PASSWORD);
        browser.menu("Mine økter som trener");
        browser.navigate(By.cssSelector("tr[data-session='" + session + "'] .vs-roster-link"));
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Deltakerliste: Oppmøteøkt");
        String row = "tr[data-person='attend1@test.vidsynt.no'] ";
        assertThat(browser.find(By.xpath(
                                "//tr[@data-person='attend1@test.vidsynt.no']//label[normalize-space()='Møtt']"))
                        .isDisplayed())
                .isTrue();
        browser.click(By.cssSelector(row + "input[value='ATTENDED']"));
        browser.type(By.cssSelector(row + "textarea"), "Deltok aktivt");
        browser.click(By.cssSelector(row + ".vs-save"));
        browser.waitForText(By.id("messages"), "Oppmøtet for Deltaker attend 1 er lagret");

        try (Connection db = TestDatabase.connect()) {
            ResultSet marked = db.createStatement()
                    .executeQuery("SELECT attendance, trainer_note FROM session_booking " + "WHERE session_id = "
                            + session + " AND person_id = " + people.get(0));
            marked.next();
            assertThat(marked.getString(1)).isEqualTo("ATTENDED");
            assertThat(marked.getString(2)).isEqualTo("Deltok aktivt");
            ResultSet progress = db.createStatement()
                    .executeQuery("SELECT status FROM unit_progress WHERE unit_id = " + course[1] + " AND person_id = "
                            + people.get(0));
            assertThat(progress.next())
                    .as("attendance completes the session's course unit")
                    .isTrue();
            assertThat(progress.getString(1)).isEqualTo("COMPLETED");
        }
        browser.menu("Mine økter som trener");
        browser.navigate(By.cssSelector("tr[data-session='" + session + "'] .vs-roster-link"));
        assertThat(browser.find(By.cssSelector(row + "input[type='radio']:checked"))
                        .getAttribute("value"))
                .isEqualTo("ATTENDED");

        // Moving the session: the form shows Oslo times and saves the change.
        browser.navigate(By.linkText("Endre eller flytt økten"));
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Endre økt");
        assertThat(browser.find(By.id("session:title")).getAttribute("value")).isEqualTo("Oppmøteøkt");
        browser.type(By.id("session:title"), "Oppmøteøkt (flyttet)");
        browser.click(By.id("session:save"));
        browser.waitForText(By.id("messages"), "Økten er endret");
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Deltakerliste: Oppmøteøkt (flyttet)");
    }
}
