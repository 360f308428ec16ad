package no.vidsynt.app.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import no.vidsynt.app.it.CourseFixture;
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

/**
 * In a real browser: Lise finds an open course in the catalogue, enrols, completes a task and sees her progress bar
 * move on "Min læring"; she withdraws (after confirming); Leif sees the masked aggregate for Avdeling Kristiansand.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LearningJourneyIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return VidSyntDeployment.war();
    }

    @ArquillianResource
    URL url;

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void aLearnerEnrolsCompletesATaskAndHerLeaderSeesTheAggregate() {
        var course = CourseFixture.course("Trygg start i nettleseren")
                .section("Innledning")
                .task("Les dette først", "Les kapittel 1 i heftet.")
                .taskAfterPrevious("Refleksjon", "Skriv ned ett spørsmål.")
                .create();

        browser.open(url);
        browser.signIn("lise", "vidsynt-demo");
        assertThat(browser.find(By.cssSelector(".vs-subnav")).getText())
                .contains("Min læring")
                .contains("Kurskatalog")
                .doesNotContain("Min avdeling");

        browser.menu("Kurskatalog");
        String card = "li[data-course='" + course.courseId() + "']";
        assertThat(browser.find(By.cssSelector(card)).getText()).contains("Trygg start i nettleseren");
        browser.click(By.cssSelector(card + " input[type=submit]"));

        browser.waitForText(By.id("messages"), "Du er påmeldt kurset.");
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Trygg start i nettleseren");
        assertThat(browser.find(By.cssSelector("li[data-unit='" + course.unit(1) + "']"))
                        .getText())
                .contains("Tilgjengelig når du har fullført «Les dette først».");

        browser.menu("Min læring");
        String myCard = "#ongoing li[data-course='" + course.courseId() + "']";
        assertThat(browser.find(By.cssSelector(myCard)).getText()).contains("0 av 2 fullført");
        assertThat(browser.find(By.cssSelector(myCard + " progress")).getAttribute("value"))
                .isEqualTo("0");

        browser.navigate(By.cssSelector(myCard + " a.vs-next"));
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Les dette først");
        assertThat(browser.find(By.id("taskText")).getText()).isEqualTo("Les kapittel 1 i heftet.");
        assertThat(browser.find(By.id("unitStatus")).getText()).contains("Påbegynt");
        browser.click(By.id("unit:markDone"));
        browser.waitForText(By.id("messages"), "Bra! Enheten er fullført.");
        assertThat(browser.find(By.id("unit:taskDone")).getText()).contains("Du har fullført denne oppgaven.");
        assertThat(browser.find(By.id("unitStatus")).getText()).contains("Fullført");

        browser.menu("Min læring");
        assertThat(browser.find(By.cssSelector(myCard)).getText())
                .contains("1 av 2 fullført")
                .contains("Fortsett der du slapp: Les dette først")
                .contains("Neste: Refleksjon");
        assertThat(browser.find(By.cssSelector(myCard + " progress")).getAttribute("value"))
                .isEqualTo("1");

        browser.navigate(By.cssSelector("#course-" + course.courseId() + " a"));
        browser.click(By.id("enrolment:withdraw"));
        assertThat(browser.find(By.id("enrolment:confirmWithdrawal")).getText()).contains("Vil du melde deg av");
        browser.click(By.id("enrolment:withdrawNo"));
        assertThat(browser.driver().findElements(By.id("enrolment:confirmWithdrawal")))
                .isEmpty();
        browser.click(By.id("enrolment:withdraw"));
        browser.click(By.id("enrolment:withdrawYes"));
        browser.waitForText(By.id("messages"), "Du er meldt av kurset.");
        browser.click(By.id("enrolment:enrol"));
        browser.waitForText(By.id("messages"), "Du er påmeldt kurset.");
        assertThat(browser.find(By.id("course-progress")).getText())
                .as("progress kept")
                .isEqualTo("1 av 2 fullført");

        browser.signOut();
        browser.signIn("leif", "vidsynt-demo");
        browser.menu("Min avdeling");
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Min avdeling");
        String row = "#totals tr[data-course='" + course.courseId() + "']";
        assertThat(browser.find(By.cssSelector(row)).getText())
                .contains("Trygg start i nettleseren")
                .contains("<5");
        assertThat(browser.find(By.id("main")).getText())
                .contains("Avdeling Kristiansand")
                .doesNotContain("Lise")
                .doesNotContain("Avdeling Arendal");
    }
}
