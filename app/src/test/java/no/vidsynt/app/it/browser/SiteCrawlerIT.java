package no.vidsynt.app.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
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
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The crawler that keeps every journey working: it signs in through the real form as each demo role (and stays
 * anonymous once), starts on the page the sign-in lands on and follows every link, header-menu entry and GET button
 * inside the platform to a depth of {@value #MAX_DEPTH}, plus every unit of every published course; then it visits the
 * same pages at 360 px, switches to English with the header's language switch, and visits them again at both widths.
 * On every page: the status is 200 or a deliberate 403/404 page, no error page, no raw bundle key or placeholder, no
 * word of the other language, no stored script ran, nothing scrolls sideways at 360 px, and (once per page template,
 * width and language, see {@link #axeOnce}) axe-core finds no WCAG 2.1 A/AA violation. Downloads (PDF, CSV, iCalendar,
 * exports) are fetched with the browser's session cookie and must answer 200.
 *
 * <p>The browser itself is set up in English (Accept-Language en-US), as on the shared computers the platform is meant
 * for, so that any text that follows the browser instead of the chosen language shows in the bokmål passes.
 *
 * <p>Failures are collected, not thrown one by one: the report (printed, and written to
 * {@code target/browser-reports/crawler-report.md}) lists every one with role, language, width and page, and the
 * test fails at the end when there is any.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SiteCrawlerIT {

    private static final String PASSWORD = "vidsynt-demo";
    /** All roles, learners before the roles that see more; -Dvidsynt.crawler.roles=lise,ada crawls a few, by hand. */
    private static final List<String> ROLES =
            List.of(System.getProperty("vidsynt.crawler.roles", "anonymous,lise,arne,tor,anne,leif,ada")
                    .split(","));
    /** Roles that must reach every unit of the demo courses through links: the enrolled learner, and their author. */
    private static final Set<String> MUST_REACH_UNITS = Set.of("lise", "anne");
    /** Landing page 0, header menu 1, a list 2, an item 3, what the item links to 4. */
    private static final int MAX_DEPTH = 4;
    /** Instances of one template beyond this (the 12th person's page) add time, not coverage. */
    private static final int MAX_PER_TEMPLATE = 5;
    /** Templates whose every instance counts: each unit, course and programme is its own content. */
    private static final Pattern EVERY_INSTANCE = Pattern.compile(
            "(unit|course|programme|play)\\.xhtml$|^/selfstudy/(author/)?(page|quiz|reflect|reflection)\\.xhtml$");

    private static final int MAX_PAGES_PER_ROLE = 160;
    /** GET links that would change something or end the session are not followed. */
    private static final Pattern STATE_CHANGING =
            Pattern.compile("(?i)log-?out|sign-?out|/delete|/remove|withdraw|/cancel|unsubscribe");
    /** Query parameters that do not make another page. */
    private static final Set<String> INSIGNIFICANT = Set.of("jfwid", "lang", "faces-redirect", "includeViewParams");

    private static final int NARROW = 360;
    private static final int WIDE = 1280;

    /** Stored by an author in every text she controls; none of it may run on any page. */
    private static final String IMG_PAYLOAD = "<img src=x onerror='window.__xss=1'>";

    private static final String SCRIPT_PAYLOAD = "<script>window.__xss=2</script>";
    private static final String SVG_PAYLOAD = "<svg onload='window.__xss=3'>";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return VidSyntDeployment.war();
    }

    @ArquillianResource
    URL url;

    @RegisterExtension
    final Browser browser = new Browser().language("en-US");

    private final CrawlReport report = new CrawlReport();
    private final Set<String> axeDone = new HashSet<>();
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private URI base;
    /** The unit of the course with the script payload: lise is not enrolled in it, so no link need lead there. */
    private long plantedUnit = -1;

    /** One role's crawl: the pages found in the first pass, revisited in the other three. */
    private final class RoleCrawl {
        final String role;
        final CrawlReport.RoleSummary summary;
        final Map<String, String> pages = new LinkedHashMap<>();
        final Map<String, Integer> perTemplate = new HashMap<>();
        final Set<String> downloads = new LinkedHashSet<>();
        final Deque<Object[]> queue = new ArrayDeque<>();

        RoleCrawl(String role) {
            this.role = role;
            this.summary = report.role(role);
        }

        boolean signedIn() {
            return !"anonymous".equals(role);
        }
    }

    @Test
    void everyPageOfEveryRoleAnswersIsTranslatedAccessibleFitsAndRunsNoStoredScript() throws Exception {
        long started = System.currentTimeMillis();
        base = url.toURI();
        plantScriptInAuthoredTexts();
        browser.open(url);
        Path reportFile =
                Path.of(System.getProperty("vidsynt.it.reports", "target/browser-reports"), "crawler-report.md");
        for (String role : ROLES) {
            long roleStarted = System.currentTimeMillis();
            crawl(new RoleCrawl(role.trim()));
            report.role(role.trim()).millis = System.currentTimeMillis() - roleStarted;
            progress(role + ": " + report.role(role.trim()).pages.size() + " pages, " + report.role(role.trim()).loads
                    + " loads, " + report.role(role.trim()).millis / 1000 + " s, failures so far "
                    + report.failureCount());
            report.write(reportFile, System.currentTimeMillis() - started); // after each role: a long run shows early
        }
        long took = System.currentTimeMillis() - started;
        report.write(reportFile, took);
        String text = report.text(took);
        System.out.println(text);
        assertThat(report.failureCount())
                .as("The crawler found failures:\n" + text)
                .isZero();
    }

    /** A line in target/browser-reports/crawler-progress.txt, to follow a run that takes minutes. */
    private static void progress(String line) {
        try {
            Path file =
                    Path.of(System.getProperty("vidsynt.it.reports", "target/browser-reports"), "crawler-progress.txt");
            java.nio.file.Files.createDirectories(file.getParent());
            java.nio.file.Files.writeString(
                    file,
                    java.time.LocalTime.now().withNano(0) + " " + line + "\n",
                    StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
        } catch (java.io.IOException e) {
            System.err.println("Could not write progress: " + e);
        }
    }

    // ---- one role ----

    private void crawl(RoleCrawl crawl) {
        WebDriver driver = browser.driver();
        driver.manage().deleteAllCookies();
        driver.manage().window().setSize(new Dimension(WIDE, 900));
        if (crawl.signedIn()) {
            browser.signIn(crawl.role, PASSWORD);
        } else {
            browser.go("");
        }
        String landing = driver.getCurrentUrl();
        crawl.summary.landing = relative(landing);

        enqueue(crawl, landing, 0);
        while (!crawl.queue.isEmpty() && crawl.pages.size() < MAX_PAGES_PER_ROLE) {
            Object[] next = crawl.queue.removeFirst();
            visit(crawl, (String) next[0], (int) next[1], "nb", WIDE);
        }
        Set<String> mustReach = new HashSet<>(mustReachUnits(crawl.role));
        for (String unit : unitPages(crawl.role)) {
            if (!crawl.pages.containsKey(key(unit))) {
                if (mustReach.contains(unit) && !unit.endsWith("id=" + plantedUnit)) {
                    report.fail(
                            crawl.role,
                            "nb",
                            0,
                            relative(unit),
                            "Unit not reachable by any link",
                            "no link on the pages " + crawl.role + " reaches this unit (opened by address instead)");
                }
                crawl.pages.put(key(unit), unit);
                visit(crawl, unit, MAX_DEPTH - 2, "nb", WIDE);
                while (!crawl.queue.isEmpty() && crawl.pages.size() < MAX_PAGES_PER_ROLE) {
                    Object[] next = crawl.queue.removeFirst();
                    visit(crawl, (String) next[0], (int) next[1], "nb", WIDE);
                }
            }
        }
        List<String> found = new ArrayList<>(crawl.pages.values());
        driver.manage().window().setSize(new Dimension(NARROW, 800));
        found.forEach(page -> visit(crawl, page, -1, "nb", NARROW));

        driver.manage().window().setSize(new Dimension(WIDE, 900));
        driver.get(landing);
        switchLanguage(crawl, "en");
        found.forEach(page -> visit(crawl, page, -1, "en", WIDE));
        driver.manage().window().setSize(new Dimension(NARROW, 800));
        found.forEach(page -> visit(crawl, page, -1, "en", NARROW));

        checkDownloads(crawl);
        crawl.summary.pages.addAll(crawl.pages.keySet());
    }

    /** As a person does it: the header's language switch, which reloads the same page in the other language. */
    private void switchLanguage(RoleCrawl crawl, String language) {
        try {
            browser.click(By.id("language:" + language));
            // The old page's <html> goes stale while the new one loads: ask again rather than fail.
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(d ->
                            language.equals(d.findElement(By.tagName("html")).getAttribute("lang")));
        } catch (WebDriverException e) {
            report.fail(
                    crawl.role,
                    language,
                    WIDE,
                    relative(browser.driver().getCurrentUrl()),
                    "Language switch",
                    "the header's switch to '" + language + "' did not change the page's language: " + firstLine(e));
        }
    }

    private void enqueue(RoleCrawl crawl, String link, int depth) {
        String target = inScope(link);
        if (target == null || depth > MAX_DEPTH) {
            return;
        }
        URI uri = URI.create(target);
        String path = uri.getPath() == null || uri.getPath().isEmpty() ? "/" : uri.getPath();
        if (STATE_CHANGING.matcher(target).find()) {
            return;
        }
        if (!isPage(path)) {
            crawl.downloads.add(target);
            return;
        }
        String key = key(target);
        if (crawl.pages.containsKey(key)) {
            return;
        }
        if (!EVERY_INSTANCE.matcher(path).find()) {
            int seen = crawl.perTemplate.merge(path, 1, Integer::sum);
            if (seen > MAX_PER_TEMPLATE) {
                return;
            }
        }
        crawl.pages.put(key, target);
        crawl.queue.addLast(new Object[] {target, depth});
    }

    /** Visits one page and checks it; in the first pass (depth ≥ 0) its links go on the queue. */
    private void visit(RoleCrawl crawl, String target, int depth, String language, int width) {
        WebDriver driver = browser.driver();
        String page = relative(target);
        crawl.summary.loads++;
        PageInspection.Page shown;
        try {
            driver.get(target);
            shown = PageInspection.read(driver);
        } catch (WebDriverException e) {
            report.fail(crawl.role, language, width, page, "Page did not load", firstLine(e));
            return;
        }
        String where = relative(shown.url());
        if (depth >= 0) {
            shown.links().forEach(link -> enqueue(crawl, link, depth + 1));
        } else {
            shown.links().stream()
                    .map(this::inScope)
                    .filter(link -> link != null
                            && !isPage(URI.create(link).getPath())
                            && !STATE_CHANGING.matcher(link).find())
                    .forEach(crawl.downloads::add);
        }
        check(crawl, page, where, shown, language, width);
    }

    private void check(
            RoleCrawl crawl, String page, String where, PageInspection.Page shown, String language, int width) {
        String role = crawl.role;
        int status = shown.status();
        if (!shown.contentType().startsWith("text/html")) {
            // A file a link opens in the browser (a PDF or film of the content library, addressed without a file
            // ending): only its status counts, it is no page of the platform.
            if (status != 200 && status != -1) {
                report.fail(role, language, width, page, "Download", "status " + status);
            }
            return;
        }
        boolean errorPage =
                shown.title().startsWith("Noe gikk galt") || shown.title().startsWith("Something went wrong");
        if (status == 403 || status == 404) {
            if (width == WIDE && "nb".equals(language)) {
                crawl.summary.denied++;
            }
            if (errorPage || shown.headings() != 1) {
                report.fail(
                        role,
                        language,
                        width,
                        page,
                        "403/404 without a page that says so",
                        "status " + status + ", title «" + shown.title() + "»");
            }
        } else if (status != 200 && status != -1) {
            report.fail(
                    role,
                    language,
                    width,
                    page,
                    "HTTP status",
                    "status " + status + " (title «" + shown.title() + "»)");
        } else if (errorPage) {
            report.fail(role, language, width, page, "Error page", "the page says «" + shown.title() + "»");
        }
        if (!where.equals(page)
                && where.startsWith("/login.xhtml")
                && !page.startsWith("/login.xhtml")
                && crawl.signedIn()) {
            report.fail(role, language, width, page, "Sent to sign-in", "signed in, yet the link led to " + where);
        }
        if (!shown.lang().startsWith(language)) {
            report.fail(role, language, width, page, "Page language", "<html lang=\"" + shown.lang() + "\">");
        }
        if (shown.scriptRan()) {
            report.fail(
                    role,
                    language,
                    width,
                    page,
                    "Stored script ran (XSS)",
                    "window.__xss is set: an author's title or text ran as script");
        }
        if (shown.missingResources() > 0) {
            report.fail(
                    role,
                    language,
                    width,
                    page,
                    "Missing resource",
                    shown.missingResources()
                            + " element(s) load RES_NOT_FOUND (a stylesheet or script the page names does not exist)");
        }
        if (shown.headings() != 1 && status == 200) {
            report.fail(role, language, width, page, "Headings", shown.headings() + " h1 elements (a page has one)");
        }
        if (width == NARROW && shown.overflow() > 0) {
            report.fail(
                    role,
                    language,
                    width,
                    page,
                    "Scrolls sideways at 360 px",
                    "the document is " + shown.overflow() + " px wider than the screen");
        }
        String text = shown.text()
                .replace(IMG_PAYLOAD, " ")
                .replace(SCRIPT_PAYLOAD, " ")
                .replace(SVG_PAYLOAD, " ");
        for (PageInspection.Hit key : new LinkedHashSet<>(PageInspection.rawKeys(text))) {
            report.fail(
                    role,
                    language,
                    0,
                    page,
                    "Raw bundle key or placeholder",
                    "«" + key.match() + "» in «" + key.line() + "»");
        }
        for (PageInspection.Hit word : new LinkedHashSet<>(PageInspection.wrongLanguage(text, language))) {
            report.fail(
                    role,
                    language,
                    0,
                    page,
                    "en".equals(language) ? "Bokmål in the English UI" : "English in the bokmål UI",
                    "«" + word.match() + "» in «" + word.line() + "»");
        }
        axeOnce(crawl, page, shown, language, width);
    }

    /**
     * axe-core takes 0.5 to 2 s a page on two cores (several times more on a busy machine), more than everything else
     * the crawler does to a page. The markup axe judges comes from the view (the template) and the language, not from
     * which course, unit or person the page shows, nor much from the role: so it runs once per view, width and
     * language, by the first role that reaches it (roles go from learner to administrator, so role-specific views are
     * checked by the role that has them). The 15 unit pages of the demo courses, or the administration's people, are
     * checked once each way instead of 15 or 12 times, and a shared page such as "Min profil" once, not seven times.
     * Every other check still runs on every page.
     */
    private void axeOnce(RoleCrawl crawl, String page, PageInspection.Page shown, String language, int width) {
        String template = page.replaceAll("\\?.*", "");
        if (!axeDone.add(template + " " + language + " " + width)) {
            return;
        }
        crawl.summary.axeRuns++;
        long started = System.currentTimeMillis();
        String violations;
        try {
            violations = Axe.violations(browser.driver());
        } catch (WebDriverException e) {
            violations = "axe could not run: " + firstLine(e);
        }
        crawl.summary.axeMillis += System.currentTimeMillis() - started;
        if (!violations.isBlank()) {
            report.fail(
                    crawl.role,
                    language,
                    width,
                    page,
                    "axe-core WCAG 2.1 A/AA",
                    violations.length() > 1500 ? violations.substring(0, 1500) + " …" : violations);
        }
    }

    /** Downloads the pages link to (sign-in sheets, exports, calendar files, media), with the browser's session. */
    private void checkDownloads(RoleCrawl crawl) {
        String cookies = browser.driver().manage().getCookies().stream()
                .map(cookie -> cookie.getName() + "=" + cookie.getValue())
                .collect(Collectors.joining("; "));
        for (String download : crawl.downloads) {
            crawl.summary.downloads++;
            try {
                var request = HttpRequest.newBuilder(URI.create(download))
                        .timeout(Duration.ofSeconds(30))
                        .GET();
                if (!cookies.isEmpty()) {
                    request.header("Cookie", cookies);
                }
                int status = http.send(request.build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode();
                if (status != 200) {
                    report.fail(crawl.role, "", 0, relative(download), "Download", "status " + status);
                }
            } catch (Exception e) {
                report.fail(crawl.role, "", 0, relative(download), "Download", firstLine(e));
            }
        }
    }

    // ---- units of the demo courses ----

    /** The unit pages the role should be able to open: the learner's view, or for the author her editor. */
    private List<String> unitPages(String role) {
        if ("lise".equals(role) || "arne".equals(role)) {
            return units(new JsonApi(base, role, PASSWORD), "api/v1/courses?size=100", "api/v1/courses/").stream()
                    .map(id -> base.resolve("learning/unit.xhtml?id=" + id).toString())
                    .toList();
        }
        if ("anne".equals(role)) {
            return units(
                            new JsonApi(base, role, PASSWORD),
                            "api/v1/authoring/courses?size=100",
                            "api/v1/authoring/courses/")
                    .stream()
                    .map(id -> base.resolve("author/unit.xhtml?id=" + id).toString())
                    .toList();
        }
        return List.of();
    }

    /**
     * The units a person must find by following links: a learner those of the courses they are enrolled in (other
     * tests' courses in the same database are in the catalogue, whose units open only after enrolling), an author
     * those of the courses she writes.
     */
    private List<String> mustReachUnits(String role) {
        if (!MUST_REACH_UNITS.contains(role)) {
            return List.of();
        }
        if ("anne".equals(role)) {
            return unitPages(role);
        }
        return units(
                        new JsonApi(base, role, PASSWORD),
                        "api/v1/me/enrolments?status=ACTIVE&size=100",
                        "api/v1/courses/",
                        "courseId")
                .stream()
                .map(id -> base.resolve("learning/unit.xhtml?id=" + id).toString())
                .toList();
    }

    private List<Long> units(JsonApi api, String list, String one) {
        return units(api, list, one, "id");
    }

    private List<Long> units(JsonApi api, String list, String one, String idField) {
        List<Long> ids = new ArrayList<>();
        var courses = api.get(list);
        if (courses.statusCode() != 200) {
            report.fail("set-up", "", 0, "/" + list, "Course list", "status " + courses.statusCode());
            return ids;
        }
        for (JsonObject course : JsonApi.object(courses).getJsonArray("items").getValuesAs(JsonObject.class)) {
            var detail = api.get(one + course.getJsonNumber(idField).longValue());
            if (detail.statusCode() != 200) {
                continue;
            }
            for (JsonObject section :
                    JsonApi.object(detail).getJsonArray("sections").getValuesAs(JsonObject.class)) {
                section.getJsonArray("units")
                        .getValuesAs(JsonObject.class)
                        .forEach(unit -> ids.add(unit.getJsonNumber("id").longValue()));
            }
        }
        return ids;
    }

    // ---- the stored script (issue 10, item 2) ----

    /**
     * As anne, through the API: a published course whose title, summary, section and unit titles and task text carry
     * script, and (as tor) a session on that unit, so that the script reaches the catalogue, the learner's pages, the
     * author's editor and the trainer's session form. Every page then checks that window.__xss stayed undefined.
     */
    private void plantScriptInAuthoredTexts() {
        JsonApi anne = new JsonApi(base, "anne", PASSWORD);
        var created = anne.post("api/v1/authoring/courses", """
                {"programme": "medarbeider", "title": "Trygghet %s", "summary": "Om trygghet %s",
                 "selfEnrolment": true, "completionRule": "ALL_REQUIRED"}""".formatted(IMG_PAYLOAD, SCRIPT_PAYLOAD));
        assertThat(created.statusCode())
                .as("anne stores a course with markup in its title: " + created.body())
                .isEqualTo(201);
        String course = "api/v1/authoring/courses/"
                + JsonApi.object(created).getJsonNumber("id").longValue();
        var draft = JsonApi.object(anne.post(course + "/sections", "{\"title\": \"Del " + SVG_PAYLOAD + "\"}"));
        long section = draft.getJsonArray("sections")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        draft = JsonApi.object(anne.post(
                course + "/sections/" + section + "/units",
                "{\"type\": \"task\", \"title\": \"Øvelse " + IMG_PAYLOAD + "\"}"));
        long unit = draft.getJsonArray("sections")
                .getJsonObject(0)
                .getJsonArray("units")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        plantedUnit = unit;
        var edited = anne.put(
                course + "/units/" + unit,
                "{\"title\": \"Øvelse " + IMG_PAYLOAD + "\", \"required\": true, \"settings\": {\"text\": \"Gjør dette "
                        + SCRIPT_PAYLOAD + "\"}}");
        assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
        var published = anne.post(course + "/publish", null);
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);

        String start = LocalDateTime.now(ZoneId.of("Europe/Oslo"))
                .plusDays(5)
                .truncatedTo(ChronoUnit.HOURS)
                .toString();
        String end = LocalDateTime.parse(start).plusHours(2).toString();
        var session = new JsonApi(base, "tor", PASSWORD).post("api/v1/sessions", """
                {"kind": "PRACTICE_TRAINING", "title": "Praksistrening", "unitId": %d, "start": "%s", "end": "%s",
                 "place": "Kristiansand", "capacity": 8, "offerMinutes": 60}""".formatted(unit, start, end));
        assertThat(session.statusCode()).as(session.body()).isEqualTo(201);
    }

    // ---- addresses ----

    /** The link as an absolute address without its fragment, or null when it leaves the platform. */
    private String inScope(String link) {
        try {
            URI uri = URI.create(link);
            if (uri.getScheme() == null
                    || !uri.getScheme().startsWith("http")
                    || !uri.getScheme().equals(base.getScheme())
                    || !String.valueOf(uri.getHost()).equals(base.getHost())
                    || uri.getPort() != base.getPort()) {
                return null;
            }
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            if (path.contains("/jakarta.faces.resource/")) {
                return null;
            }
            return uri.getScheme() + "://" + uri.getRawAuthority() + path
                    + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean isPage(String path) {
        if (path == null || path.isEmpty() || path.endsWith("/") || path.endsWith(".xhtml")) {
            return !(path != null && path.startsWith("/api/"));
        }
        String last = path.substring(path.lastIndexOf('/') + 1);
        return !last.contains(".") && !path.startsWith("/api/") && !path.startsWith("/vidsynt/");
    }

    /** Path and significant parameters, sorted: the same page reached by two links is visited once. */
    private String key(String address) {
        URI uri = URI.create(address);
        String path = uri.getPath() == null || uri.getPath().isEmpty() ? "/" : uri.getPath();
        if (path.equals("/index.xhtml")) {
            path = "/";
        }
        String query = uri.getRawQuery() == null
                ? ""
                : Arrays.stream(uri.getRawQuery().split("&"))
                        .filter(pair -> !INSIGNIFICANT.contains(
                                URLDecoder.decode(pair.split("=", 2)[0], StandardCharsets.UTF_8)))
                        .sorted()
                        .collect(Collectors.joining("&"));
        return query.isEmpty() ? path : path + "?" + query;
    }

    private String relative(String address) {
        try {
            URI uri = URI.create(address);
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            return path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        } catch (IllegalArgumentException e) {
            return address;
        }
    }

    private static String firstLine(Throwable e) {
        String message = String.valueOf(e.getMessage());
        return e.getClass().getSimpleName() + ": " + message.lines().findFirst().orElse("");
    }
}
