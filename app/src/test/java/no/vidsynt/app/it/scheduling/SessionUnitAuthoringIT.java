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
import no.vidsynt.app.it.CourseFixture;
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
import org.openqa.selenium.support.ui.Select;

/**
 * Anne ties sessions to a session unit in the course editor's unit page: she links a coming session that belongs to
 * no unit, creates a new one with Tor as trainer, and gives the unit a prompt for before the session.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SessionUnitAuthoringIT {

    private static final String COURSE = "Økter i kursbyggeren";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return VidSyntDeployment.war();
    }

    @ArquillianResource
    URL url;

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void anneLinksASessionCreatesAnotherAndWritesTheBeforePrompt() throws Exception {
        CourseFixture.Created course = CourseFixture.course(COURSE)
                .section("Praksis")
                .unit("Praksistrening", "session", true, "{}", null)
                .create();
        long unit = course.unit(0);
        BookingFixture.execute(
                "INSERT INTO course_author (course_id, person_id) VALUES (?, ?)",
                course.courseId(),
                BookingFixture.personId("anne"));
        long loose = createSession(new BookingFixture(url.toURI()), "Frittstående trening");

        browser.open(url);
        browser.signIn("anne", BookingFixture.PASSWORD);
        browser.menu("Kursbygging");
        browser.navigate(By.linkText(COURSE));
        browser.navigate(By.cssSelector("[aria-label='Rediger: Praksistrening']"));
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Praksistrening");
        assertThat(browser.find(By.id("unit:noLinked")).getText()).contains("Ingen økter");
        assertThat(Axe.violations(browser.driver())).isEmpty();

        new Select(browser.find(By.id("unit:sessionToLink"))).selectByValue(String.valueOf(loose));
        browser.click(By.id("unit:link"));
        browser.waitForText(By.id("messages"), "Økten hører nå til denne delen.");
        browser.waitForText(By.id("unit:unitSessions"), "Frittstående trening");

        browser.type(By.id("unit:newTitle"), "Ny trening fra kursbyggeren");
        String day = LocalDateTime.now(ZoneId.of("Europe/Oslo"))
                .plusDays(9)
                .toLocalDate()
                .toString();
        setValue("unit:newStart", day + "T09:00");
        setValue("unit:newEnd", day + "T12:00");
        browser.type(By.id("unit:newPlace"), "Arendal");
        new Select(browser.find(By.id("unit:newTrainer"))).selectByVisibleText("Tor Trener");
        browser.click(By.id("unit:createSession"));
        browser.waitForText(By.id("messages"), "Økten er opprettet.");
        browser.waitForText(By.id("unit:unitSessions"), "Ny trening fra kursbyggeren");

        browser.type(By.id("unit:beforePrompt"), "Hva vil du øve på?");
        browser.click(By.id("unit:save"));
        browser.waitForText(By.id("messages"), "Endringene er lagret.");
        assertThat(Axe.violations(browser.driver())).isEmpty();

        try (Connection db = TestDatabase.connect()) {
            PreparedStatement sessions = db.prepareStatement("SELECT s.title, s.course_id, "
                    + "(SELECT COUNT(*) FROM session_trainer t WHERE t.session_id = s.id) FROM training_session s "
                    + "WHERE s.unit_id = ? ORDER BY s.starts_at");
            sessions.setLong(1, unit);
            ResultSet rows = sessions.executeQuery();
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("Frittstående trening");
            assertThat(rows.getLong(2)).isEqualTo(course.courseId());
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("Ny trening fra kursbyggeren");
            assertThat(rows.getLong(3)).as("Tor runs it").isEqualTo(1);
            PreparedStatement settings = db.prepareStatement("SELECT settings FROM course_unit WHERE id = ?");
            settings.setLong(1, unit);
            ResultSet setting = settings.executeQuery();
            setting.next();
            assertThat(setting.getString(1)).contains("\"before\":\"Hva vil du øve på?\"");
        }
    }

    private void setValue(String id, String value) {
        ((JavascriptExecutor) browser.driver())
                .executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, value);
    }

    private long createSession(BookingFixture api, String title) {
        String start = LocalDateTime.now(ZoneId.of("Europe/Oslo"))
                .plusDays(4)
                .truncatedTo(ChronoUnit.HOURS)
                .toString();
        String end = LocalDateTime.parse(start).plusHours(2).toString();
        var created = api.call(
                "POST",
                "api/v1/sessions",
                "tor",
                "{\"kind\":\"PRACTICE_TRAINING\",\"title\":\"" + title
                        + "\",\"programmeKey\":\"veiledning\",\"start\":\"" + start + "\",\"end\":\"" + end
                        + "\",\"place\":\"Kristiansand\",\"capacity\":4,\"offerMinutes\":0}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return ((JsonArray) Http.json(created))
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
    }
}
