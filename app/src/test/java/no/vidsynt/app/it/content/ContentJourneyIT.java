package no.vidsynt.app.it.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An author uploads a film and an HTML package at once (drag-and-drop widget, several files), adds captions, publishes
 * both to units; a learner plays and seeks the film with captions, then opens the package: the package runs on the
 * content origin, cannot read the cookie, call the API as the learner or reach the app page, and still reports its
 * completion through the narrow message channel.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ContentJourneyIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return VidSyntDeployment.war();
    }

    @ArquillianResource
    URL url;

    @RegisterExtension
    final Browser browser = new Browser();

    @TempDir
    Path files;

    @Test
    void anAuthorPublishesAFilmAndAPackageAndALearnerWatchesSeeksAndCompletesSafely() throws Exception {
        long filmUnit = ContentFixtures.contentUnit("Filmen om samtaler", "lise");
        long packageUnit = ContentFixtures.contentUnit("Pakken om samtaler", "lise");
        String appOrigin = url.getProtocol() + "://" + url.getHost() + ":" + url.getPort();
        Path film = Files.write(files.resolve("samtalefilm.webm"), ContentFixtures.resource("clip.webm"));
        Path captions = Files.write(files.resolve("samtalefilm.vtt"), ContentFixtures.resource("clip.vtt"));
        Path pkg = Files.write(files.resolve("samtalepakke.zip"), ContentFixtures.probePackage(appOrigin));

        browser.open(url);
        browser.signIn("anne", "vidsynt-demo");
        browser.menu("Innholdsbibliotek");
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Innholdsbibliotek");
        assertThat(browser.find(By.id("dropHint")).getText()).startsWith("Slipp filer her");
        browser.driver().findElement(By.id("upload:files_input")).sendKeys(film + "\n" + pkg);
        browser.waitForText(By.id("items"), "samtalepakke");
        browser.waitForText(By.id("items"), "samtalefilm");

        browser.click(By.linkText("samtalefilm"));
        browser.waitForText(By.id("item-heading"), "samtalefilm");
        browser.driver().findElement(By.id("item:captions_input")).sendKeys(captions.toString());
        browser.waitForText(By.id("messages"), "Tekstingen er lagt til som versjon 2");
        new Select(browser.find(By.id("item:publishUnit"))).selectByValue(String.valueOf(filmUnit));
        browser.click(By.cssSelector(".vs-content-publish[data-version='2']"));
        browser.waitForText(By.id("messages"), "Versjon 2 vises nå i «Filmen om samtaler»");
        browser.waitForText(By.id("usage"), "Filmen om samtaler");
        // texts with a number are formatted, not patched in the page ("0} enheter", "viser versjon 0}" before)
        assertThat(browser.find(By.id("usage")).getText())
                .contains("viser versjon 2")
                .doesNotContain("}");
        browser.waitForText(By.id("items"), "1 enhet");
        assertThat(browser.find(By.id("items")).getText()).doesNotContain("}");

        browser.click(By.linkText("samtalepakke"));
        browser.waitForText(By.id("item-heading"), "samtalepakke");
        new Select(browser.find(By.id("item:publishUnit"))).selectByValue(String.valueOf(packageUnit));
        browser.click(By.cssSelector(".vs-content-publish[data-version='1']"));
        browser.waitForText(By.id("messages"), "vises nå i «Pakken om samtaler»");
        browser.signOut();

        browser.signIn("lise", "vidsynt-demo");
        browser.go("content/play.xhtml?unit=" + filmUnit);
        var video = browser.find(By.id("contentVideo"));
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        wait(js, "return arguments[0].readyState >= 1", video);
        assertThat(video.findElement(By.tagName("track")).getAttribute("srclang"))
                .isEqualTo("nb");
        assertThat(js.executeScript("return arguments[0].duration", video))
                .asString()
                .startsWith("4");
        js.executeScript("arguments[0].muted = true; arguments[0].currentTime = 2.5;", video);
        wait(js, "return !arguments[0].seeking && Math.abs(arguments[0].currentTime - 2.5) < 0.3", video);
        js.executeScript("arguments[0].play();", video);
        wait(js, "return arguments[0].currentTime > 2.7 || arguments[0].ended", video);
        assertThat(js.executeScript("return arguments[0].error", video)).isNull();
        wait(
                js,
                "return arguments[0].textTracks.length === 1 && arguments[0].textTracks[0].cues !== null "
                        + "&& arguments[0].textTracks[0].cues.length === 2",
                video);

        browser.go("content/play.xhtml?unit=" + packageUnit);
        browser.waitForText(By.id("contentStatus"), "Bra! Enheten er registrert som fullført.");
        var frame = browser.find(By.id("contentFrame"));
        assertThat(frame.getAttribute("src")).doesNotStartWith(appOrigin).contains("/pkg/");
        browser.driver().switchTo().frame(frame);
        assertThat(browser.find(By.id("heading")).getText()).isEqualTo("Testpakken kjører");
        browser.waitForText(By.id("reported"), "rapportert");
        assertThat(browser.find(By.id("cookie")).getText()).isEqualTo("blocked");
        assertThat(browser.find(By.id("api")).getText()).startsWith("blocked");
        assertThat(browser.find(By.id("dom")).getText()).isEqualTo("blocked");
        browser.driver().switchTo().defaultContent();
        assertThat(ContentFixtures.count(
                        "SELECT COUNT(*) FROM content_completion c JOIN person p ON p.id = c.person_id "
                                + "WHERE p.username = 'lise' AND c.unit_id = " + packageUnit))
                .isEqualTo(1);
    }

    private void wait(JavascriptExecutor js, String condition, Object element) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(driver -> Boolean.TRUE.equals(js.executeScript(condition, element)));
    }
}
