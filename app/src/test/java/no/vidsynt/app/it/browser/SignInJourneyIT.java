package no.vidsynt.app.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.Map;
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
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Keys;

/**
 * Signing in as a person does it: from the header's "Logg inn", by keyboard, to each role's own start page; a second
 * sign-in in the same browser ends the first person's session; a page asked for before signing in is where one lands.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignInJourneyIT {

    private static final String PASSWORD = "vidsynt-demo";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return VidSyntDeployment.war();
    }

    @ArquillianResource
    URL url;

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void everyRoleLandsOnItsOwnStartPage() {
        browser.open(url);
        Map<String, String> starts = Map.of(
                "lise", "/learning/my.xhtml",
                "tor", "/sessions/trainer.xhtml",
                "anne", "/author/courses.xhtml",
                "leif", "/leader/overview.xhtml",
                "ada", "/admin/users.xhtml");
        starts.forEach((username, start) -> {
            browser.go("");
            browser.click(By.id("headerSignIn"));
            browser.type(By.id("signIn:username"), username);
            browser.type(By.id("signIn:password"), PASSWORD);
            browser.click(By.id("signIn:submit"));
            browser.find(By.id("signedInAs"));
            assertThat(browser.driver().getCurrentUrl()).as(username).contains(start);
            browser.signOut();
        });
    }

    @Test
    void theUsernameFieldIsTheFirstThingTheKeyboardReaches() {
        browser.open(url);
        browser.go("");
        browser.click(By.id("headerSignIn"));
        browser.find(By.id("signIn:username"));
        assertThat(browser.driver().switchTo().activeElement().getAttribute("id"))
                .isEqualTo("signIn:username");
        browser.driver().switchTo().activeElement().sendKeys("lise", Keys.TAB);
        browser.driver().switchTo().activeElement().sendKeys(PASSWORD, Keys.ENTER);
        assertThat(browser.find(By.id("signedInAs")).getText()).isEqualTo("Lise Larsen");
        browser.signOut();
    }

    @Test
    void signingInAsSomeoneElseEndsTheFirstPersonsSession() {
        browser.open(url);
        browser.signIn("anne", PASSWORD);
        assertThat(browser.find(By.id("signedInAs")).getText()).isEqualTo("Anne Forfatter");
        Cookie anneSession = browser.driver().manage().getCookieNamed("JSESSIONID");

        browser.go("login.xhtml");
        assertThat(browser.find(By.id("signedInNotice")).getText())
                .isEqualTo(
                        "Du er logget inn som Anne Forfatter. Logger du inn som en annen, blir Anne Forfatter logget ut først.");
        browser.type(By.id("signIn:username"), "lise");
        browser.type(By.id("signIn:password"), PASSWORD);
        browser.click(By.id("signIn:submit"));

        browser.waitForText(By.id("signedInAs"), "Lise Larsen");
        assertThat(browser.find(By.id("signedInAs")).getText()).isEqualTo("Lise Larsen");
        assertThat(browser.driver().getCurrentUrl()).contains("/learning/my.xhtml");
        Cookie liseSession = browser.driver().manage().getCookieNamed("JSESSIONID");
        assertThat(liseSession.getValue()).as("a new session, not Anne's").isNotEqualTo(anneSession.getValue());

        // Anne's old session id is worth nothing now.
        browser.driver().manage().deleteCookieNamed("JSESSIONID");
        browser.driver().manage().addCookie(new Cookie("JSESSIONID", anneSession.getValue(), anneSession.getPath()));
        browser.go("author/courses.xhtml");
        assertThat(browser.find(By.id("signIn:username")).isDisplayed())
                .as("Anne's session ended")
                .isTrue();
    }

    @Test
    void aPageAskedForBeforeSigningInIsWhereOneLandsAndTheLanguageFollowsThePerson() {
        browser.open(url);
        browser.go("sessions/upcoming.xhtml");
        browser.type(By.id("signIn:username"), "tor");
        browser.type(By.id("signIn:password"), PASSWORD);
        browser.click(By.id("signIn:submit"));
        browser.find(By.id("signedInAs"));
        assertThat(browser.driver().getCurrentUrl()).contains("/sessions/upcoming.xhtml");
        browser.signOut();

        browser.go("login.xhtml?returnTo=https%3A%2F%2Fevil.example%2F");
        browser.type(By.id("signIn:username"), "tor");
        browser.type(By.id("signIn:password"), PASSWORD);
        browser.click(By.id("signIn:submit"));
        browser.find(By.id("signedInAs"));
        assertThat(browser.driver().getCurrentUrl()).as("never to another site").contains("/sessions/trainer.xhtml");
        browser.signOut();
    }

    @Test
    void afterRepeatedFailuresThePageSaysToWaitWhetherOrNotTheAccountExists() {
        browser.open(url);
        for (String username : java.util.List.of("emil", "nobody-by-this-name")) {
            browser.go("login.xhtml");
            for (int attempt = 1; attempt <= 5; attempt++) {
                browser.type(By.id("signIn:username"), username);
                browser.type(By.id("signIn:password"), "wrong-" + attempt);
                browser.click(By.id("signIn:submit"));
                browser.waitForText(By.id("messages"), attempt < 5 ? "feil" : "vente");
            }
            browser.type(By.id("signIn:username"), username);
            browser.type(By.id("signIn:password"), PASSWORD);
            browser.click(By.id("signIn:submit"));
            browser.waitForText(By.id("messages"), "Etter flere mislykkede forsøk");
            assertThat(browser.find(By.id("messages")).getText()).as(username).doesNotContain("feil");
            assertThat(browser.driver().findElements(By.id("signedInAs"))).isEmpty();
        }
    }
}
