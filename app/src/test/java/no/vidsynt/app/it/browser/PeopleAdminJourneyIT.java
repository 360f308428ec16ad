package no.vidsynt.app.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import no.vidsynt.app.it.Http;
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
import org.openqa.selenium.support.ui.Select;

/**
 * An administrator in a real browser: creates a department under Region sør and a person in it, finds the person
 * by searching, sees the unit on the person's page and deactivates them after confirming. A learner changes their
 * own language on their profile page (a learner created for the test) and cannot open the administration pages.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PeopleAdminJourneyIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return VidSyntDeployment.war();
    }

    @ArquillianResource
    URL url;

    private static final String PASSWORD = "live-sitt-passord";

    @RegisterExtension
    final Browser browser = new Browser();

    /** A learner of this test's own (through the API), so that the demo people keep their settings. */
    private void createLearner(String username, String name) throws Exception {
        String arendal = null;
        var tree = Http.json(api("GET", "api/v1/org-units", null)).asJsonArray();
        for (var unit : tree.getValuesAs(jakarta.json.JsonObject.class)) {
            if (unit.getString("path").equals("Region sør/Avdeling Arendal")) {
                arendal = unit.get("id").toString();
            }
        }
        assertThat(arendal).as("Avdeling Arendal exists").isNotNull();
        var created = api(
                "POST",
                "api/v1/people",
                "{\"username\":\"" + username + "\",\"displayName\":\"" + name + "\",\"email\":\"" + username
                        + "@example.no\",\"unitIds\":[" + arendal + "]}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = Http.json(created).asJsonObject().get("id").toString();
        assertThat(api("PUT", "api/v1/people/" + id + "/password", "{\"password\":\"" + PASSWORD + "\"}")
                        .statusCode())
                .isEqualTo(204);
    }

    private HttpResponse<String> api(String method, String path, String json) throws Exception {
        var request = HttpRequest.newBuilder(url.toURI().resolve("/" + path))
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString("ada:vidsynt-demo".getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .method(
                        method,
                        json == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void anAdministratorCreatesADepartmentAndAPersonInItThenFindsThem() throws Exception {
        browser.open(new URL(url, "/"));
        browser.signIn("ada", "vidsynt-demo");

        browser.menu("Organisasjon");
        browser.type(By.id("create:name"), "Avdeling Grimstad");
        new Select(browser.find(By.id("create:parent"))).selectByVisibleText("Region sør");
        browser.click(By.id("create:submit"));
        browser.waitForText(By.id("messages"), "Avdeling Grimstad er opprettet som avdeling");
        assertThat(browser.find(By.id("units")).getText()).contains("Avdeling Grimstad");

        browser.menu("Brukere");
        browser.click(By.id("newUser"));
        browser.type(By.id("person:username"), "siri");
        browser.type(By.id("person:displayName"), "Siri Sjøberg");
        browser.type(By.id("person:email"), "siri.sjoberg@example.no");
        browser.click(By.xpath("//label[normalize-space(.)='Region sør/Avdeling Grimstad']"));
        browser.click(By.id("person:save"));
        browser.waitForText(By.id("messages"), "Siri Sjøberg er opprettet.");

        browser.menu("Brukere");
        browser.type(By.id("search:text"), "sjøberg");
        browser.click(By.id("search:find"));
        browser.waitForText(By.id("results"), "Region sør/Avdeling Grimstad");
        browser.click(By.linkText("Siri Sjøberg"));
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Siri Sjøberg");
        assertThat(browser.find(By.id("memberOf")).getText()).contains("Region sør/Avdeling Grimstad");
        assertThat(browser.find(By.id("status")).getText()).isEqualTo("Aktiv");

        browser.click(By.id("access:deactivate"));
        browser.click(By.id("access:confirmYes"));
        browser.waitForText(By.id("messages"), "Siri Sjøberg er deaktivert.");
        assertThat(browser.find(By.id("status")).getText()).isEqualTo("Deaktivert");

        browser.menu("Revisjonslogg");
        browser.waitForText(By.id("log"), "Person deaktivert");
        assertThat(browser.find(By.id("log")).getText())
                .contains("Person opprettet")
                .contains("Enhet opprettet")
                .contains("Avdeling: Region sør/Avdeling Grimstad")
                .doesNotContain("person.created");
    }

    @Test
    void aLearnerChangesTheirLanguageOnTheProfileAndSeesNoAdministration() throws Exception {
        createLearner("live", "Live Lærevillig");
        browser.open(new URL(url, "/"));
        browser.signIn("live", PASSWORD);
        assertThat(browser.driver().findElements(By.linkText("Brukere"))).isEmpty();
        browser.menu("Min profil");
        assertThat(browser.find(By.id("units")).getText()).contains("Region sør/Avdeling Arendal");
        new Select(browser.find(By.id("profile:language"))).selectByValue("en");
        browser.click(By.id("profile:save"));
        browser.waitForText(By.tagName("h1"), "My profile");
        assertThat(browser.find(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        assertThat(browser.find(By.id("messages")).getText()).contains("Your profile has been saved.");

        // Not a journey: a learner who types the administration's address is turned away.
        browser.go("admin/users.xhtml");
        assertThat(browser.driver().findElements(By.id("search:text")))
                .as("administration is closed to learners")
                .isEmpty();
    }
}
