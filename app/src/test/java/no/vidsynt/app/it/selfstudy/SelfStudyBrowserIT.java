package no.vidsynt.app.it.selfstudy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Duration;
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
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Self-study in a real browser: a learner reads a page, writes a reflection whose draft survives a reload and a lost
 * session, shares it with a trainer who then reads it, takes a quiz and sees the result; another learner and a leader
 * cannot read the reflection. axe-core checks every page (WCAG 2.1 A and AA), and every page fits 360 px.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SelfStudyBrowserIT {

    private static final String PASSWORD = "vidsynt-demo";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return VidSyntDeployment.war();
    }

    @ArquillianResource
    URL url;

    @RegisterExtension
    final Browser browser = new Browser();

    private void assertAccessible(String page) {
        String violations = Axe.violations(browser.driver());
        assertThat(violations)
                .as("axe-core WCAG 2.1 A/AA violations on " + page + ":\n" + violations)
                .isEmpty();
    }

    private void assertFitsNarrowScreen(String page) {
        Object overflow = ((JavascriptExecutor) browser.driver())
                .executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(((Number) overflow).intValue())
                .as(page + " scrolls sideways at 360 px")
                .isLessThanOrEqualTo(0);
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(20));
    }

    @Test
    void aLearnerReadsReflectsSharesAndTakesAQuizWhileOthersCannotReadTheReflection() throws Exception {
        var units = SelfStudyFixture.create(
                "Kultur i hverdagen",
                "# Kultur i hverdagen\n\nHvorfor gjør vi tingene sånn hos oss? " + "Vi lærer av hverandre. ".repeat(60)
                        + "\n\n## Barnets prosjekt\n\nBarnet er en aktør.",
                100,
                3);
        browser.open(url);
        browser.signIn("lise", PASSWORD);

        // Reading page
        browser.go("selfstudy/page.xhtml?unit=" + units.page());
        assertThat(browser.find(By.id("ssTitle")).getText()).isEqualTo("Kultur og språk");
        assertThat(browser.find(By.id("ssReadingTime")).getText()).isEqualTo("Lesetid ca. 2 min");
        assertThat(browser.find(By.id("ss-barnets-prosjekt")).getText()).isEqualTo("Barnets prosjekt");
        assertAccessible("the reading page");
        browser.click(By.id("ss:ssMarkDone"));
        browser.waitForText(By.id("ss:ssDone"), "Fullført");

        // Reflection: the server draft survives a reload
        String reflectPage = "selfstudy/reflect.xhtml?unit=" + units.reflection();
        browser.go(reflectPage);
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Refleksjon: hvorfor gjør vi det sånn?");
        assertAccessible("the reflection page");
        WebElement first = answer(0);
        first.sendKeys("Fordi vi alltid har gjort det slik.");
        browser.waitForText(By.id("ss:ssSaved"), "Utkast lagret");
        browser.go(reflectPage);
        assertThat(answer(0).getAttribute("value")).isEqualTo("Fordi vi alltid har gjort det slik.");

        // Text typed just before the session is lost comes back from the browser's storage after signing in again
        answer(1).sendKeys("Spørre barnet hva det selv tenker.");
        browser.driver().manage().deleteAllCookies();
        browser.signIn("lise", PASSWORD);
        browser.go(reflectPage);
        assertThat(browser.find(By.id("ssRestored")).getText()).contains("Vi fant tekst du ikke hadde fått lagret");
        assertThat(answer(1).getAttribute("value")).isEqualTo("Spørre barnet hva det selv tenker.");
        browser.waitForText(By.id("ss:ssSaved"), "Utkast lagret");
        browser.click(By.id("ss:ssSubmit"));
        browser.waitForText(By.id("ss:ssSaved"), "Levert");
        assertAccessible("the submitted reflection");

        // Journal: share with the trainer
        browser.menu("Min refleksjonslogg");
        assertThat(browser.find(By.cssSelector(".ss-entry")).getText()).contains("Spørre barnet hva det selv tenker.");
        assertAccessible("the journal");
        new Select(browser.find(By.cssSelector(".ss-entry select"))).selectByVisibleText("Tor Trener (trener)");
        browser.click(By.cssSelector(".ss-entry button[id$=':share']"));
        browser.waitForText(By.cssSelector(".ss-shares"), "Tor Trener");
        browser.waitForText(By.id("messages"), "Refleksjonen er delt.");
        browser.menu("Min refleksjonslogg");
        assertThat(browser.find(By.cssSelector(".ss-shares")).getText()).contains("Tor Trener");
        String entryId = browser.find(By.cssSelector(".ss-entry")).getAttribute("data-entry");
        browser.type(By.id("journal:query"), "selv tenker");
        browser.click(By.id("journal:searchButton"));
        waiting().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".ss-entry"), 1));
        browser.menu("Min refleksjonslogg");
        browser.type(By.id("journal:query"), "finnes ikke");
        browser.click(By.id("journal:searchButton"));
        browser.waitForText(By.id("journal:empty"), "Ingen refleksjoner passer");

        // Self-assessment
        browser.go("selfstudy/quiz.xhtml?unit=" + units.quiz());
        assertAccessible("the quiz before an attempt");
        browser.click(By.id("ss:ssStart"));
        browser.find(By.id("ss:ssAttempt"));
        assertAccessible("the quiz questions");
        clickLabel("Barnet");
        clickLabel("Sant");
        clickLabel("4 – Litt enig");
        browser.click(By.id("ss:ssSubmitQuiz"));
        browser.waitForText(By.id("ssScore"), "Du fikk 100 % – Bestått.");
        assertThat(browser.find(By.id("ss:ssResult")).getText()).contains("Ja: barnet er kompetent og en aktør.");
        assertThat(browser.find(By.id("ssStanding")).getText())
                .contains("1 brukt")
                .contains("2 igjen")
                .contains("Bestått");
        assertAccessible("the quiz result");

        // 360 px wide
        browser.driver().manage().window().setSize(new Dimension(360, 800));
        for (String page : new String[] {
            "selfstudy/page.xhtml?unit=" + units.page(),
            reflectPage,
            "selfstudy/journal.xhtml",
            "selfstudy/quiz.xhtml?unit=" + units.quiz(),
            "selfstudy/shared.xhtml"
        }) {
            browser.go(page);
            browser.find(By.tagName("h1"));
            assertFitsNarrowScreen(page);
        }
        browser.go("selfstudy/page.xhtml?unit=" + units.page());
        assertThat(browser.find(By.id("ss:ssPageCompleted")).getText()).contains("Fullført");
        browser.driver().manage().window().setSize(new Dimension(1280, 900));
        browser.signOut();

        // The trainer reads what was shared with him
        browser.signIn("tor", PASSWORD);
        browser.menu("Delt med meg");
        assertThat(browser.find(By.id("sharedEntries")).getText())
                .contains("Spørre barnet hva det selv tenker.")
                .contains("Skrevet av Lise Larsen");
        assertAccessible("shared with me");
        browser.signOut();

        // Another learner and a leader see nothing, by page or API
        for (String other : new String[] {"arne", "leif"}) {
            browser.signIn(other, PASSWORD);
            if (other.equals("leif")) {
                // Someone who is only a leader has no journal and nothing shared with them: no menu entry at all.
                assertThat(browser.driver()
                                .findElements(By.xpath("//a[normalize-space()='Delt med meg' "
                                        + "or normalize-space()='Min refleksjonslogg']")))
                        .isEmpty();
            } else {
                browser.menu("Delt med meg");
                assertThat(browser.find(By.id("main")).getText()).doesNotContain("Spørre barnet");
                browser.menu("Min refleksjonslogg");
                assertThat(browser.find(By.id("main")).getText()).doesNotContain("Spørre barnet");
            }
            // Not a journey: what the API answers someone who guesses the entry's address.
            browser.go("api/v1/selfstudy/journal/" + entryId);
            assertThat(browser.driver().getPageSource()).contains("404").doesNotContain("Spørre barnet");
            browser.go("");
            browser.signOut();
        }
    }

    @Test
    void anAuthorBuildsAQuizWithReorderingValidationAndPreviewAndWritesAPageWithLivePreview() throws Exception {
        var units = SelfStudyFixture.create("Forfatter", "Start", 80, null);
        browser.open(url);
        browser.signIn("anne", PASSWORD);

        // From the menu to the course editor, and into each unit's editor from there
        browser.click(By.cssSelector(".vs-subnav a[href*='author/courses.xhtml']"));
        browser.click(By.linkText("Forfatter"));
        browser.click(By.cssSelector("[aria-label='Rediger: Kultur og språk']"));
        browser.type(By.id("unit:markdown"), "# Ny overskrift\n\nTekst med **vekt**.\n\n<script>alert(1)</script>");
        browser.waitForText(By.id("ssPreview"), "Ny overskrift");
        assertThat(browser.find(By.id("ssPreview")).getAttribute("innerHTML"))
                .contains("<strong>vekt</strong>")
                .doesNotContain("<script");
        browser.click(By.id("unit:savePage"));
        browser.waitForText(By.id("messages"), "Endringene er lagret.");
        assertAccessible("the page editor");

        browser.click(By.cssSelector(".vs-back a"));
        browser.click(By.cssSelector("[aria-label='Rediger: Egenvurdering: barnets prosjekt']"));
        assertThat(browser.driver().findElements(By.cssSelector(".ss-builder__question")))
                .hasSize(3);
        assertAccessible("the quiz builder");
        browser.click(By.cssSelector(".ss-builder__question:nth-of-type(2) button[id$=':up']"));
        waiting()
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector(".ss-builder__question:nth-of-type(1) legend"), "Sant/usant"));
        new Select(browser.find(By.id("unit:newKind"))).selectByVisibleText("Enkeltvalg");
        browser.click(By.id("unit:addQuestion"));
        waiting().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".ss-builder__question"), 4));
        WebElement added = browser.driver()
                .findElements(By.cssSelector(".ss-builder__question"))
                .get(3);
        added.findElement(By.cssSelector("textarea")).sendKeys("Hva er barnets prosjekt?");
        var options = added.findElements(By.cssSelector("input[id$=':optionText']"));
        options.get(0).sendKeys("Barnets egne mål");
        options.get(1).sendKeys("Et skjema");
        browser.click(By.id("unit:saveQuiz"));
        browser.waitForText(By.id("messages"), "Spørsmål 4 har ikke noe riktig svar");

        added = browser.driver()
                .findElements(By.cssSelector(".ss-builder__question"))
                .get(3);
        added.findElement(By.cssSelector("input[type='checkbox'][id$=':correct']"))
                .click();
        browser.click(By.id("unit:saveQuiz"));
        browser.waitForText(By.id("messages"), "Endringene er lagret.");
        assertThat(SelfStudyFixture.count(
                        "SELECT COUNT(*) FROM ss_quiz WHERE unit_id = ? AND definition LIKE ?",
                        units.quiz(),
                        "%Barnets egne m%"))
                .isEqualTo(1);

        browser.click(By.id("unit:showPreview"));
        browser.waitForText(By.id("unit:ssQuizPreview"), "Hva er barnets prosjekt?");
        assertThat(browser.find(By.id("unit:ssQuizPreview")).getText()).contains("Barnets egne mål (riktig)");
        assertAccessible("the quiz preview");

        browser.click(By.cssSelector(".vs-back a"));
        browser.click(By.cssSelector("[aria-label='Rediger: Refleksjon: hvorfor gjør vi det sånn?']"));
        browser.find(By.cssSelector(".ss-prompts textarea")).clear();
        browser.click(By.id("unit:savePrompts"));
        browser.waitForText(By.id("messages"), "Alle spørsmål må ha tekst");
        assertAccessible("the reflection editor");
        browser.signOut();
    }

    private WebElement answer(int index) {
        return browser.find(By.cssSelector("textarea[data-ss-answer='" + index + "']"));
    }

    private void clickLabel(String text) {
        browser.click(By.xpath("//label[normalize-space(.)='" + text + "']"));
    }
}
