package no.vidsynt.app.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import no.vidsynt.app.it.CourseFixture;
import no.vidsynt.app.it.Http;
import no.vidsynt.app.it.JsonApi;
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
import org.openqa.selenium.NoAlertPresentException;

/**
 * Issue 10 item 2: script stored in every text an author, trainer, leader or administrator controls (course, section
 * and unit titles, session title and place, display names, organisational unit names, cohort names) never runs in
 * the browser of whoever opens the pages that show it. Each role walks to those pages through the header menu; after
 * each page the test checks that no payload ran (window.__xss stays undefined, no alert) and, where the page shows
 * the text, that it is shown as text.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StoredXssIT {

    private static final String IMG = "<img src=x onerror=window.__xss=1;alert(1)>";
    private static final String SCRIPT = "<script>window.__xss=1;alert(2)</script>";
    /** Unit names may not hold "/", "," or ";" (they separate paths and CSV fields). */
    private static final String UNIT_IMG = "<img src=x onerror=window.__xss=1>";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return VidSyntDeployment.war();
    }

    @ArquillianResource
    URL url;

    @RegisterExtension
    final Browser browser = new Browser();

    private final List<String> ran = new ArrayList<>();

    private JsonApi as(String user) throws Exception {
        return new JsonApi(url.toURI(), user, "vidsynt-demo");
    }

    private static String json(String text) {
        return jakarta.json.Json.createValue(text).toString();
    }

    @Test
    void storedScriptRunsForNoRoleOnAnyPage() throws Exception {
        String tag = String.valueOf(System.nanoTime() % 100000);
        // Author-controlled: a published course, its section and unit titles (and one more through the API).
        var course = CourseFixture.course("Kurs " + tag + " " + IMG)
                .section("Del " + SCRIPT)
                .task("Enhet " + IMG, "Tekst")
                .create();
        var authored = as("anne")
                .post(
                        "api/v1/authoring/courses",
                        "{\"programme\":\"veiledning\",\"title\":" + json("Utkast " + tag + " " + SCRIPT)
                                + ",\"completionRule\":\"ALL_REQUIRED\"}");
        assertThat(authored.statusCode()).as(authored.body()).isEqualTo(201);

        // Administrator-controlled: an organisational unit and a person's display name.
        JsonApi ada = as("ada");
        long region = unitByPath(ada, "Region sør");
        long kristiansand = unitByPath(ada, "Region sør/Avdeling Kristiansand");
        var unit = ada.post(
                "api/v1/org-units",
                "{\"name\":" + json("Enhet " + tag + " " + UNIT_IMG) + ",\"parentId\":" + region + "}");
        assertThat(unit.statusCode()).as(unit.body()).isEqualTo(201);
        var person = ada.post(
                "api/v1/people",
                "{\"username\":\"xss" + tag + "\",\"displayName\":"
                        + json("Navn " + SCRIPT + IMG) + ",\"email\":\"xss" + tag
                        + "@example.no\",\"roles\":[\"LEARNER\"],\"unitIds\":["
                        + kristiansand + "]}");
        assertThat(person.statusCode()).as(person.body()).isEqualTo(201);
        String personId = Http.json(person).asJsonObject().get("id").toString();
        assertThat(ada.put("api/v1/people/" + personId + "/password", "{\"password\":\"xss-passord-123\"}")
                        .statusCode())
                .isEqualTo(204);

        // Trainer-controlled: a session's title and place, linked to the author's unit; the person books it.
        String start = LocalDateTime.now(ZoneId.of("Europe/Oslo"))
                .plusDays(4)
                .truncatedTo(ChronoUnit.HOURS)
                .toString();
        String end = LocalDateTime.parse(start).plusHours(2).toString();
        var session = as("tor")
                .post(
                        "api/v1/sessions",
                        "{\"kind\":\"PRACTICE_TRAINING\",\"title\":"
                                + json("Økt " + tag + " " + IMG) + ",\"unitId\":" + course.unit(0) + ",\"start\":\""
                                + start
                                + "\",\"end\":\"" + end + "\",\"place\":" + json("Rom " + SCRIPT) + ",\"capacity\":5}");
        assertThat(session.statusCode()).as(session.body()).isEqualTo(201);
        long sessionId = ((JsonArray) Http.json(session))
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        JsonApi learner = new JsonApi(url.toURI(), "xss" + tag, "xss-passord-123");
        // The session belongs to a unit of the course: only those enrolled in the course may book it.
        var enrolled = learner.post("api/v1/me/enrolments", "{\"courseId\":" + course.courseId() + "}");
        assertThat(enrolled.statusCode()).as(enrolled.body()).isLessThan(300);
        var booked = learner.post("api/v1/sessions/" + sessionId + "/booking", null);
        assertThat(booked.statusCode()).as(booked.body()).isEqualTo(201);

        // Leader-controlled: a cohort of the leader's unit.
        var cohort = as("leif")
                .post(
                        "api/v1/courses/" + course.courseId() + "/cohorts",
                        "{\"name\":" + json("Kull " + IMG) + ",\"startDate\":\"2027-09-01\",\"orgUnitId\":"
                                + kristiansand + "}");
        assertThat(cohort.statusCode()).as(cohort.body()).isEqualTo(201);

        browser.open(url);

        browser.signIn("tor", "vidsynt-demo");
        visit("tor", "Mine økter som trener");
        browser.click(By.id("newSession"));
        check("tor", "new session");
        assertThat(browser.find(By.id("session:unit")).getText())
                .as("titles shown as text in the unit choice")
                .contains("Kurs " + tag + " <img src=x onerror=");
        visit("tor", "Mine økter som trener");
        browser.click(By.cssSelector("tr[data-session='" + sessionId + "'] .vs-roster-link"));
        check("tor", "roster");
        assertThat(browser.find(By.id("main")).getText()).contains("Navn <script>");
        browser.click(By.linkText("Endre eller flytt økten"));
        check("tor", "edit session");
        visit("tor", "Økter");
        browser.signOut();

        browser.signIn("xss" + tag, "xss-passord-123");
        for (String page : List.of("Min læring", "Kurskatalog", "Økter", "Min profil", "Mine økter")) {
            visit("learner", page);
        }
        // The confirmation dialog repeats the session's title.
        browser.click(By.cssSelector("li[data-session='" + sessionId + "'] .vs-cancel"));
        browser.find(By.cssSelector(".ui-confirmdialog-no"));
        check("learner", "the cancel confirmation");
        browser.click(By.cssSelector(".ui-confirmdialog-no"));
        browser.signOut();

        browser.signIn("anne", "vidsynt-demo");
        visit("anne", "Kursbygging");
        assertThat(browser.find(By.id("main")).getText()).contains("Utkast " + tag + " <script>");
        browser.click(By.partialLinkText("Utkast " + tag));
        check("anne", "course editor");
        browser.signOut();

        browser.signIn("leif", "vidsynt-demo");
        for (String page : List.of("Min avdeling", "Meld på avdelingen", "Kull", "Økter")) {
            visit("leif", page);
        }
        browser.signOut();

        browser.signIn("ada", "vidsynt-demo");
        for (String page :
                List.of("Brukere", "Organisasjon", "Revisjonslogg", "Meld på avdelingen", "Kull", "Kurskatalog")) {
            visit("ada", page);
        }
        assertThat(ran).isEmpty();
    }

    private void visit(String role, String menuLabel) {
        browser.click(By.xpath("//nav[contains(@class,'vs-subnav')]//a[normalize-space()='" + menuLabel + "']"));
        browser.find(By.tagName("h1"));
        check(role, menuLabel);
    }

    /** Records a page on which a payload ran: window.__xss set, or an alert open. */
    private void check(String role, String page) {
        try {
            browser.driver().switchTo().alert().dismiss();
            ran.add(role + " on " + page + ": an alert opened");
        } catch (NoAlertPresentException none) {
            // as it should be
        }
        Object flag = ((JavascriptExecutor) browser.driver()).executeScript("return typeof window.__xss;");
        if (!"undefined".equals(flag)) {
            ran.add(role + " on " + page + " (" + browser.driver().getCurrentUrl() + "): window.__xss is set");
        }
    }

    private static long unitByPath(JsonApi api, String path) {
        HttpResponse<String> tree = api.get("api/v1/org-units");
        for (JsonObject unit : Http.json(tree).asJsonArray().getValuesAs(JsonObject.class)) {
            if (unit.getString("path").equals(path)) {
                return unit.getJsonNumber("id").longValue();
            }
        }
        throw new AssertionError("no unit " + path);
    }
}
