package no.vidsynt.app.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The demo author builds a course in a real browser: a section, two units, reordered, one required, published. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CourseBuildingIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return VidSyntDeployment.war();
    }

    @ArquillianResource
    URL url;

    @RegisterExtension
    final Browser browser = new Browser();

    private List<String> unitTitles() {
        return browser.driver().findElements(By.cssSelector("#structure .vs-author-unit__title")).stream()
                .map(WebElement::getText)
                .toList();
    }

    private By button(String label) {
        return By.cssSelector("[aria-label='" + label + "']");
    }

    @Test
    void anneBuildsACourseReordersItsUnitsAndPublishesVersionOne() {
        browser.open(url);
        browser.signIn("anne", "vidsynt-demo");
        browser.menu("Kursbygging");
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Kursbygging");
        assertThat(browser.find(By.id("myCourses")).getText()).contains("Kultur og språk på arbeidsplassen");

        new Select(browser.find(By.id("create:programme"))).selectByVisibleText("VidSynt Medarbeider");
        browser.type(By.id("create:title"), "Å møte barn i krise");
        browser.type(By.id("create:summary"), "Et kort kurs om de første minuttene.");
        browser.click(By.id("create:selfEnrolment"));
        browser.click(By.id("create:submit"));
        browser.waitForText(By.id("courseTitle"), "Å møte barn i krise");
        assertThat(browser.find(By.id("publishedStatus")).getText()).isEqualTo("Ikke publisert ennå");

        browser.type(By.id("newSection:sectionTitle"), "De første minuttene");
        browser.click(By.id("newSection:add"));
        browser.waitForText(By.id("structure"), "De første minuttene");

        browser.type(button("Ny enhet: De første minuttene"), "Lytt først");
        browser.click(button("Legg til enhet: De første minuttene"));
        browser.waitForText(By.id("structure"), "Lytt først");
        browser.type(button("Ny enhet: De første minuttene"), "Si hva som skjer");
        browser.click(button("Legg til enhet: De første minuttene"));
        browser.waitForText(By.id("structure"), "Si hva som skjer");
        assertThat(unitTitles()).containsExactly("Lytt først", "Si hva som skjer");

        browser.click(button("Flytt opp: Si hva som skjer"));
        browser.waitForText(By.cssSelector("#structure .vs-author-unit"), "Si hva som skjer");
        assertThat(unitTitles()).containsExactly("Si hva som skjer", "Lytt først");

        browser.click(button("Gjør obligatorisk: Lytt først"));
        browser.find(button("Gjør valgfri: Lytt først"));
        WebElement listen = browser.driver()
                .findElements(By.cssSelector("#structure .vs-author-unit"))
                .get(1);
        assertThat(listen.getText()).contains("Lytt først").contains("Obligatorisk");
        assertThat(browser.driver()
                        .findElements(By.cssSelector("#structure .vs-author-unit"))
                        .get(0)
                        .getText())
                .doesNotContain("Obligatorisk");

        browser.click(By.id("editor:publish"));
        assertThat(browser.find(By.id("editor:confirmPublishText")).getText()).contains("versjon 1");
        browser.click(By.id("editor:publishConfirmed"));
        browser.waitForText(By.id("publishedStatus"), "Publisert versjon 1");
        assertThat(browser.find(By.id("messages")).getText()).contains("publisert som versjon 1");
        assertThat(browser.find(By.id("versions")).getText()).contains("anne");
        assertThat(browser.driver().findElements(By.cssSelector("#versions tbody tr")))
                .hasSize(1);
        assertThat(browser.find(By.cssSelector("#versions tbody tr td")).getText())
                .isEqualTo("1");

        browser.click(button("Rediger: Si hva som skjer"));
        browser.type(By.id("unit:title"), "Si tydelig hva som skjer");
        browser.type(By.id("unit:taskText"), "Fortell barnet hva som skjer nå, og hva som skjer etterpå.");
        browser.click(By.id("unit:save"));
        browser.waitForText(By.id("messages"), "Endringene er lagret.");
        assertThat(browser.find(By.id("unit:taskText")).getAttribute("value")).startsWith("Fortell barnet");
        browser.click(By.partialLinkText("Tilbake til"));
        browser.waitForText(By.id("publishing"), "Upubliserte endringer");
        assertThat(browser.find(By.id("publishing")).getText()).contains("Enhet endret: Si tydelig hva som skjer");

        browser.click(button("Rediger: Lytt først"));
        browser.click(By.xpath("//label[contains(., 'Enheten «Si tydelig hva som skjer»')]"));
        setValue(By.id("unit:from"), "2026-12-10T08:00");
        setValue(By.id("unit:until"), "2026-12-01T08:00");
        browser.click(By.id("unit:save"));
        browser.waitForText(By.id("main"), "«Tilgjengelig til» må være etter «Tilgjengelig fra».");
        setValue(By.id("unit:until"), "2026-12-20T16:30");
        browser.click(By.id("unit:save"));
        browser.waitForText(By.id("messages"), "Endringene er lagret.");
        assertThat(browser.find(By.id("unit:until")).getAttribute("value")).isEqualTo("2026-12-20T16:30");
        browser.click(By.partialLinkText("Tilbake til"));
        browser.waitForText(By.id("structure"), "Tilgangsregler");
        assertThat(browser.driver()
                        .findElements(By.cssSelector("#structure .vs-author-unit"))
                        .get(1)
                        .getText())
                .contains("Lytt først")
                .contains("Tilgangsregler");
    }

    private void setValue(By field, String value) {
        ((JavascriptExecutor) browser.driver())
                .executeScript("arguments[0].value = arguments[1];", browser.find(field), value);
    }
}
