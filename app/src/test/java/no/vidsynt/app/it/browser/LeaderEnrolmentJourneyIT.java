package no.vidsynt.app.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import no.vidsynt.app.it.CourseFixture;
import no.vidsynt.app.it.TestDatabase;
import no.vidsynt.app.it.VidSyntDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Issue 9 item 5 and the import's messages (item 13): a leader, from the sign-in form and the header menu, enrols
 * their unit in a course (confirming with the keyboard), undoes it, and manages a cohort of their unit; an
 * administrator sees a failed import say that it failed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LeaderEnrolmentJourneyIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return VidSyntDeployment.war();
    }

    @ArquillianResource
    URL url;

    @RegisterExtension
    final Browser browser = new Browser();

    private void menu(String label) {
        browser.click(By.xpath("//nav[contains(@class,'vs-subnav')]//a[normalize-space()='" + label + "']"));
    }

    private String activeId() {
        return browser.driver().switchTo().activeElement().getAttribute("id");
    }

    @Test
    void aLeaderEnrolsTheirUnitUndoesItAndManagesACohort() throws Exception {
        String title = "Påmelding for avdelinger " + System.nanoTime();
        var course =
                CourseFixture.course(title).task("Første oppgave", "Skriv litt").create();
        browser.open(url);
        browser.signIn("leif", "vidsynt-demo");

        menu("Meld på avdelingen");
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Meld på avdelingen");
        new Select(browser.find(By.id("enrol:unit"))).selectByVisibleText("Avdeling Kristiansand");
        new Select(browser.find(By.id("enrol:course"))).selectByVisibleText(title);
        browser.click(By.id("enrol:review"));
        assertThat(browser.find(By.id("confirmText")).getText())
                .startsWith("Avdeling Kristiansand (")
                .contains("personer) blir meldt på «" + title + "».");
        assertThat(activeId()).as("the confirmation takes focus").isEqualTo("enrol:confirm");
        assertThat(enrolmentStatus("lise", course.courseId()))
                .as("nothing happens before the confirmation")
                .isNull();
        browser.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
        browser.waitForText(By.id("messages"), "ble påmeldt i «" + title + "»");
        assertThat(enrolmentStatus("lise", course.courseId())).isEqualTo("ACTIVE");
        assertThat(Axe.violations(browser.driver())).isEmpty();

        // Undo, again only after a confirmation that takes focus.
        By undo = By.cssSelector("li[data-course='" + course.courseId() + "'] .vs-undo");
        browser.click(undo);
        assertThat(browser.find(By.id("undoText")).getText()).contains(title).contains("Avdeling Kristiansand");
        assertThat(activeId()).isEqualTo("standing:undoConfirm");
        browser.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
        browser.waitForText(By.id("messages"), "Påmeldingen er angret.");
        assertThat(enrolmentStatus("lise", course.courseId())).isEqualTo("WITHDRAWN");
        assertThat(browser.driver().findElements(undo)).isEmpty();

        // Cohorts: create, rename, add a member, delete.
        menu("Kull");
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Kull");
        new Select(browser.find(By.id("new:course"))).selectByVisibleText(title);
        new Select(browser.find(By.id("new:unit"))).selectByVisibleText("Avdeling Kristiansand");
        browser.type(By.id("new:name"), "Vårkullet");
        setDate(browser.find(By.id("new:startDate")), "2027-03-01");
        browser.click(By.id("new:create"));
        browser.waitForText(By.id("messages"), "Kullet «Vårkullet» er opprettet.");
        String cohort = "//article[h3[normalize-space()='Vårkullet']]";
        browser.click(By.xpath(cohort + "//input[contains(@class,'vs-rename')]"));
        WebElement name = browser.find(By.xpath("//article//input[contains(@id,'editName')]"));
        assertThat(browser.driver().switchTo().activeElement()).isEqualTo(name);
        name.clear();
        name.sendKeys("Vårkullet 2027");
        browser.click(By.xpath("//article//input[contains(@id,'save')]"));
        browser.waitForText(By.id("messages"), "Kullet er endret.");
        String renamed = "//article[h3[normalize-space()='Vårkullet 2027']]";
        new Select(browser.find(By.xpath(renamed + "//select"))).selectByVisibleText("Lise Larsen");
        browser.click(By.xpath(renamed + "//input[contains(@class,'vs-add')]"));
        browser.waitForText(By.id("messages"), "Lise Larsen er lagt til i kullet «Vårkullet 2027».");
        assertThat(browser.find(By.xpath(renamed + "//*[contains(@class,'vs-members')]"))
                        .getText())
                .contains("Lise Larsen");
        assertThat(enrolmentStatus("lise", course.courseId())).isEqualTo("ACTIVE");
        assertThat(Axe.violations(browser.driver())).isEmpty();

        // At 360 px nothing scrolls sideways.
        browser.driver().manage().window().setSize(new Dimension(360, 740));
        assertThat(((Number) ((JavascriptExecutor) browser.driver())
                                .executeScript("return document.documentElement.scrollWidth"))
                        .intValue())
                .isLessThanOrEqualTo(360);
        browser.driver().manage().window().setSize(new Dimension(1280, 900));

        browser.click(By.xpath(renamed + "//input[contains(@class,'vs-delete')]"));
        assertThat(activeId()).endsWith("confirmDelete");
        browser.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
        browser.waitForText(By.id("messages"), "Kullet «Vårkullet 2027» er slettet.");
        assertThat(enrolmentStatus("lise", course.courseId()))
                .as("members stay enrolled")
                .isEqualTo("ACTIVE");

        // The same pages in English.
        browser.click(By.id("language:en"));
        browser.waitForText(By.tagName("h1"), "Cohorts");
        menu("Enrol my unit");
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Enrol my unit");
        browser.click(By.id("language:nb"));
        browser.waitForText(By.tagName("h1"), "Meld på avdelingen");
    }

    @Test
    void aFailedImportSaysItFailedAndSavesNothing() throws Exception {
        Path file = Files.createTempFile("import", ".csv");
        Files.writeString(
                file,
                "username;name;email;language;roles;units\n"
                        + "ny.en;Ny En;ny.en@example.no;nb;learner;Avdeling Arendal\n"
                        + "ny.to;Ny To;ny.to@example.no;nb;learner;Avdeling Arendal\n"
                        + "ny.tre;Ny Tre;ikke-en-adresse;nb;learner;Finnes ikke\n",
                StandardCharsets.UTF_8);
        browser.open(url);
        browser.signIn("ada", "vidsynt-demo");
        menu("Importer brukere");
        browser.find(By.id("upload:file")).sendKeys(file.toAbsolutePath().toString());
        browser.click(By.id("upload:apply"));
        browser.waitForText(By.id("reportHeading"), "Importen ble ikke gjennomført – ingenting er lagret");
        assertThat(browser.find(By.id("failed")).getText()).contains("ingen av linjene ble importert");
        assertThat(browser.driver().findElements(By.id("summary")))
                .as("no counts of what was not saved")
                .isEmpty();
        assertThat(browser.find(By.id("problems")).getText()).contains("ikke-en-adresse");
        assertThat(browser.driver().getPageSource()).doesNotContain("2 nye");
        try (Connection db = TestDatabase.connect();
                ResultSet rows =
                        db.createStatement().executeQuery("SELECT COUNT(*) FROM person WHERE username LIKE 'ny.%'")) {
            rows.next();
            assertThat(rows.getInt(1)).isZero();
        }

        Files.writeString(
                file,
                "username;name;email;language;roles;units\n"
                        + "ny.fire;Ny Fire;ny.fire@example.no;nb;learner;Avdeling Arendal\n",
                StandardCharsets.UTF_8);
        browser.find(By.id("upload:file")).sendKeys(file.toAbsolutePath().toString());
        browser.click(By.id("upload:dryRun"));
        browser.waitForText(By.id("reportHeading"), "Resultat av prøvekjøringen");
        assertThat(browser.find(By.id("summary")).getText())
                .contains("1 ny")
                .doesNotContain("1 nye")
                .contains("ingen feil");
    }

    private void setDate(WebElement field, String isoDate) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];", field, isoDate);
    }

    private static String enrolmentStatus(String username, long courseId) throws Exception {
        try (Connection db = TestDatabase.connect();
                PreparedStatement query = db.prepareStatement("SELECT e.status FROM enrolment e JOIN person p ON "
                        + "p.id = e.person_id WHERE p.username = ? AND e.course_id = ?")) {
            query.setString(1, username);
            query.setLong(2, courseId);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }
}
