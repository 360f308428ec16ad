package no.vidsynt.app.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
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

/** A demo learner in a real browser: signs in, sees both programmes, opens one, switches language, signs out. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LearnerJourneyIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return VidSyntDeployment.war();
    }

    @ArquillianResource
    URL url;

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void aLearnerSignsInSeesBothProgrammesOpensOneAndSignsOut() {
        browser.open(url);
        browser.go("");
        assertThat(browser.driver().getTitle()).contains("VidSynt");
        browser.click(By.id("headerSignIn"));

        browser.type(By.id("signIn:username"), "lise");
        browser.type(By.id("signIn:password"), "vidsynt-demo");
        browser.find(By.id("signIn:password")).sendKeys(Keys.ENTER);

        assertThat(browser.find(By.id("signedInAs")).getText()).isEqualTo("Lise Larsen");
        assertThat(browser.driver().getCurrentUrl())
                .as("a learner starts at Min læring")
                .contains("/learning/my.xhtml");
        browser.click(By.cssSelector("a.vs-brand"));
        var programmes = browser.find(By.id("programmes"));
        assertThat(programmes.findElements(By.cssSelector("li.vs-card"))).hasSize(2);
        assertThat(programmes.getText()).contains("VidSynt Veiledning").contains("VidSynt Medarbeider");

        browser.menu("VidSynt Veiledning");
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("VidSynt Veiledning");
        assertThat(browser.find(By.id("programme-veiledning")).getText()).contains("praksistrening");

        browser.click(By.id("language:en"));
        browser.waitForText(By.tagName("h1"), "VidSynt Veiledning (supervision)");
        assertThat(browser.find(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        browser.click(By.id("language:nb"));
        browser.waitForText(By.tagName("h1"), "VidSynt Veiledning");

        browser.click(By.id("user:signOut"));
        browser.waitForText(By.id("main"), "Du er logget ut.");
        assertThat(browser.driver().findElements(By.id("signedInAs"))).isEmpty();

        // Not a journey: what someone who types the address of a programme page gets once signed out.
        browser.go("veiledning/programme.xhtml");
        assertThat(browser.find(By.id("signIn:username")).isDisplayed())
                .as("signed out: the page asks to sign in")
                .isTrue();
    }

    @Test
    void aWrongPasswordGetsAClearMessageAndNoSession() {
        browser.open(url);
        browser.go("");
        browser.click(By.id("headerSignIn"));
        browser.type(By.id("signIn:username"), "lise");
        browser.type(By.id("signIn:password"), "not-her-password");
        browser.click(By.id("signIn:submit"));
        browser.waitForText(By.id("messages"), "Brukernavnet eller passordet er feil");
        assertThat(browser.driver().findElements(By.id("signedInAs"))).isEmpty();
    }
}
