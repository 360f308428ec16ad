package no.vidsynt.app.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The learner's and the author's main journeys with the demo data, walked as a person walks them: from the sign-in
 * form and the header menu, then only links and buttons (never a typed address). Lise opens every unit of the demo
 * Medarbeider course from the course page, sees each unit type render (not the error page) and completes it; Anne
 * edits a reading page's text and a reflection's prompts in the course editor, and creates a course.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class UnitJourneyIT {

    private static final String PASSWORD = "vidsynt-demo";
    private static final String COURSE = "Kultur og språk på arbeidsplassen";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return VidSyntDeployment.war();
    }

    @ArquillianResource
    URL url;

    @RegisterExtension
    final Browser browser = new Browser();

    private void signInFromTheStartPage(String username) {
        browser.go("");
        browser.click(By.id("headerSignIn"));
        browser.type(By.id("signIn:username"), username);
        browser.type(By.id("signIn:password"), PASSWORD);
        browser.find(By.id("signIn:password")).sendKeys(Keys.ENTER);
        browser.find(By.id("signedInAs"));
    }

    private void menu(String entry) {
        browser.click(By.cssSelector(".vs-subnav a[href*='" + entry + "']"));
    }

    /** The page is the one asked for: exactly one h1 with that text, and not the error page. */
    private void assertPage(String title) {
        List<WebElement> headings = browser.driver().findElements(By.tagName("h1"));
        assertThat(headings)
                .as("exactly one h1 on " + browser.driver().getCurrentUrl())
                .hasSize(1);
        assertThat(headings.get(0).getText()).isEqualTo(title);
        assertThat(browser.find(By.id("main")).getText())
                .doesNotContain("noe gikk galt")
                .doesNotContain("Exception");
    }

    /** Like Browser.waitForText, with room for a slow machine: saving runs a few requests in a row. */
    private void waitForText(By by, String text) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(90))
                .until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    private void clickLabel(String text) {
        browser.click(By.xpath("//label[normalize-space()='" + text + "']"));
    }

    @Test
    void liseOpensAndCompletesEveryUnitOfTheDemoCourseFromTheCoursePage() {
        browser.open(url);
        signInFromTheStartPage("lise");

        // Min læring → "Fortsett der du slapp": the exact step that answered 500
        menu("learning/my.xhtml");
        String card = "#ongoing li[data-course]";
        WebElement course = browser.driver().findElements(By.cssSelector(card)).stream()
                .filter(element -> element.getText().contains(COURSE))
                .findFirst()
                .orElseThrow();
        String courseId = course.getAttribute("data-course");
        String lastTitle =
                course.findElement(By.cssSelector("a.vs-continue")).getText().replace("Fortsett der du slapp: ", "");
        course.findElement(By.cssSelector("a.vs-continue")).click();
        assertPage(lastTitle);

        // The course page: a "Fortsett" button leads to the next unit
        browser.click(By.cssSelector(".vs-breadcrumb a[href*='learning/course.xhtml']"));
        assertPage(COURSE);
        WebElement start = browser.find(By.id("enrolment:startUnit"));
        assertThat(start.getText()).startsWith("Fortsett med ");
        String next = start.getText().replace("Fortsett med ", "");
        start.click();
        assertPage(next);
        browser.click(By.cssSelector(".vs-breadcrumb a[href*='learning/course.xhtml']"));

        // Every unit, one after the other, by its link on the course page
        List<String[]> units = new ArrayList<>();
        for (WebElement unit : browser.driver().findElements(By.cssSelector("li.vs-unit[data-unit]"))) {
            units.add(new String[] {
                unit.getAttribute("data-unit"),
                unit.getAttribute("data-type"),
                unit.findElement(By.cssSelector(".vs-unit__title")).getText()
            });
        }
        assertThat(units).extracting(unit -> unit[1]).contains("task", "page", "reflection", "quiz");
        List<String> seen = new ArrayList<>();
        for (String[] unit : units) {
            String link = "li.vs-unit[data-unit='" + unit[0] + "'] .vs-unit__title a";
            if (browser.driver().findElements(By.cssSelector(link)).isEmpty()) {
                continue; // not open yet (a prerequisite): the course page says why
            }
            browser.click(By.cssSelector(link));
            assertPage(unit[2]);
            assertThat(browser.driver().findElements(By.id("unknownType")))
                    .as(unit[1])
                    .isEmpty();
            complete(unit[1], unit[2]);
            seen.add(unit[1]);
            browser.click(By.cssSelector(".vs-breadcrumb a[href*='learning/course.xhtml']"));
            assertPage(COURSE);
            if (!"content".equals(unit[1])) {
                assertThat(browser.find(By.cssSelector("li.vs-unit[data-unit='" + unit[0] + "'] .vs-unit__status"))
                                .getText())
                        .as("status of " + unit[2])
                        .matches("(Fullført|Bestått) · .*");
            }
        }
        assertThat(seen).contains("task", "page", "reflection", "quiz");

        // The journal leads back to the reflection's unit
        menu("selfstudy/journal.xhtml");
        WebElement entry = browser.find(By.cssSelector(".ss-entry h2 a"));
        String reflection = entry.getText();
        entry.click();
        assertPage(reflection);
        assertThat(browser.driver().getCurrentUrl()).contains("learning/unit.xhtml");

        // A programme page leads to the programme's courses
        browser.click(By.cssSelector(".vs-nav a[href*='medarbeider/programme.xhtml']"));
        browser.click(By.id("programmeCourses"));
        assertThat(browser.find(By.id("programmeFilter")).getText()).contains("VidSynt Medarbeider");
        List<WebElement> programmes = browser.driver().findElements(By.cssSelector("section[data-programme]"));
        assertThat(programmes).hasSize(1);
        assertThat(programmes.get(0).getAttribute("data-programme")).isEqualTo("medarbeider");
        assertThat(browser.find(By.cssSelector("li[data-course='" + courseId + "']"))
                        .getText())
                .contains(COURSE);
    }

    /** Completes the unit on its page the way its type asks, and checks what the type promises. */
    private void complete(String type, String title) {
        switch (type) {
            case "task" -> {
                String text = browser.find(By.id("taskText")).getText();
                assertThat(text)
                        .as("a task without a text field asks for nothing to be written")
                        .doesNotContain("Skriv")
                        .doesNotContain("Noter")
                        .doesNotContain("Beskriv");
                if (browser.driver().findElements(By.id("unit:markDone")).size() > 0) {
                    browser.click(By.id("unit:markDone"));
                    browser.waitForText(By.id("messages"), "Enheten er fullført");
                }
                assertThat(browser.find(By.id("unit:taskDone")).getText()).isNotBlank();
            }
            case "page" -> {
                assertThat(browser.find(By.id("ssArticle")).getText()).isNotBlank();
                if (!browser.driver().findElements(By.id("unit:ssMarkDone")).isEmpty()) {
                    browser.click(By.id("unit:ssMarkDone"));
                }
                browser.waitForText(By.id("unit:ssDone"), "Fullført");
            }
            case "reflection" -> {
                List<WebElement> answers = browser.driver().findElements(By.cssSelector("textarea[data-ss-answer]"));
                assertThat(answers).isNotEmpty();
                for (WebElement answer : answers) {
                    answer.sendKeys("Vi spør barnet hva det tenker.");
                }
                browser.waitForText(By.id("unit:ssSaved"), "Utkast lagret");
                browser.click(By.id("unit:ssSubmit"));
                browser.waitForText(By.id("unit:ssSaved"), "Levert");
                assertThat(browser.find(By.id("unit:ssSaved")).getText())
                        .as("submitted is no longer a draft")
                        .doesNotContain("Utkast");
            }
            case "quiz" -> {
                browser.click(By.id("unit:ssStart"));
                browser.find(By.id("unit:ssAttempt"));
                browser.click(By.id("unit:ssSubmitQuiz"));
                browser.waitForText(By.id("messages"), "Svar på minst ett spørsmål før du leverer.");
                assertThat(browser.find(By.id("ssStanding")).getText())
                        .as("a blank attempt does not count")
                        .contains("0 brukt");
                for (WebElement question : browser.driver().findElements(By.cssSelector(".ss-attempt fieldset"))) {
                    String text = question.findElement(By.tagName("legend")).getText();
                    boolean agreeScale = !question.findElements(By.xpath(".//label[contains(., 'enig')]"))
                            .isEmpty();
                    if (agreeScale) {
                        assertThat(text)
                                .as("an agree/disagree scale needs a statement, not a question of how often")
                                .doesNotContain("Hvor ofte");
                    }
                }
                clickLabel("At alle lærer sammen, og læringen følges opp lokalt over tid");
                clickLabel("Sant");
                clickLabel("4 – Litt enig");
                browser.click(By.id("unit:ssSubmitQuiz"));
                browser.waitForText(By.id("ssScore"), "Bestått");
            }
            case "content" ->
                assertThat(browser.find(By.id("contentUnit")).isDisplayed()).isTrue();
            default -> assertThat(browser.find(By.id("unitStatus")).getText()).isNotBlank();
        }
    }

    @Test
    void anneEditsAReadingPageAndAReflectionInTheCourseEditorAndCreatesACourse() {
        browser.open(url);
        signInFromTheStartPage("anne");
        menu("author/courses.xhtml");
        browser.click(By.linkText(COURSE));
        assertPage(COURSE);

        // The reading page: its text is edited right in the unit editor
        browser.click(By.cssSelector("[aria-label='Rediger: Kultur er det vi gjør hver dag']"));
        assertPage("Kultur er det vi gjør hver dag");
        assertThat(browser.find(By.id("main")).getText()).doesNotContain("Du har ikke tilgang");
        WebElement markdown = browser.find(By.id("unit:markdown"));
        assertThat(markdown.getAttribute("value")).contains("Kultur er det vi gjør hver dag");
        markdown.sendKeys(Keys.chord(Keys.CONTROL, "a"), "# Ny tekst\n\nSkrevet i kursbyggingen.");
        browser.waitForText(By.id("ssPreview"), "Skrevet i kursbyggingen.");
        browser.click(By.id("unit:savePage"));
        waitForText(By.id("messages"), "Endringene er lagret.");
        assertThat(browser.driver().getCurrentUrl())
                .as("the editor keeps its address")
                .contains("id=");
        browser.click(By.id("unit:preview"));
        assertPage("Kultur er det vi gjør hver dag");
        assertThat(browser.find(By.id("ssArticle")).getText()).contains("Skrevet i kursbyggingen.");
        browser.driver().navigate().back();

        // The reflection: its prompts too
        browser.click(By.cssSelector(".vs-back a"));
        browser.click(By.cssSelector("[aria-label='Rediger: Hvorfor gjør vi tingene sånn hos oss?']"));
        assertThat(browser.find(By.id("main")).getText()).doesNotContain("Du har ikke tilgang");
        assertThat(browser.driver().findElements(By.cssSelector("textarea[id$=':prompt']")))
                .isNotEmpty();

        // A new course: a message after the redirect, the id in the address, and publishing says what is missing
        browser.click(By.cssSelector(".vs-back a"));
        browser.click(By.cssSelector(".vs-back a"));
        new Select(browser.find(By.id("create:programme"))).selectByVisibleText("VidSynt Medarbeider");
        browser.type(By.id("create:title"), "Samtaler med ungdom");
        browser.click(By.id("create:submit"));
        browser.waitForText(By.id("messages"), "Kurset «Samtaler med ungdom» er opprettet.");
        assertThat(browser.driver().getCurrentUrl()).contains("author/course.xhtml?id=");
        browser.click(By.id("editor:publish"));
        browser.waitForText(By.id("messages"), "enhet");
        assertThat(browser.driver().findElements(By.id("editor:confirmPublish")))
                .as("no 'publish as version 1?'")
                .isEmpty();

        // A new reading page gets its text through the course editor
        browser.type(By.id("newSection:sectionTitle"), "Første del");
        browser.click(By.id("newSection:add"));
        browser.waitForText(By.id("structure"), "Første del");
        assertThat(browser.driver().getCurrentUrl()).as("postbacks keep the id").contains("id=");
        new Select(browser.find(By.cssSelector("select[id$=':newUnitType']"))).selectByVisibleText("Lesestoff");
        browser.type(By.cssSelector("[aria-label='Ny enhet: Første del']"), "Å lytte");
        browser.click(By.cssSelector("[aria-label='Legg til enhet: Første del']"));
        browser.waitForText(By.id("structure"), "Å lytte");
        browser.click(By.cssSelector("[aria-label='Rediger: Å lytte']"));
        assertPage("Å lytte");
        browser.type(By.id("unit:markdown"), "Lytt før du svarer.");
        browser.click(By.id("unit:savePage"));
        waitForText(By.id("messages"), "Endringene er lagret.");
        browser.driver().navigate().refresh();
        assertThat(browser.find(By.id("unit:markdown")).getAttribute("value")).isEqualTo("Lytt før du svarer.");
    }
}
