package no.vidsynt.app.it.content;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import no.vidsynt.app.it.TestDatabase;
import no.vidsynt.app.it.VidSyntDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The content API black box: multipart upload with captions, versions, publish and roll back, range requests, ETag,
 * rejection without leftovers, the separate origin for packages, one-time completion, and who may do what.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ContentApiIT {

    private static final String PASSWORD = "vidsynt-demo";
    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return VidSyntDeployment.war();
    }

    @ArquillianResource
    URL url;

    private URI base;

    @BeforeEach
    void connect() throws Exception {
        base = url.toURI();
    }

    /** A first visitor sees every unit type working: the demo library holds a film, a PDF and a package, used in both demo courses. */
    @Test
    void theDemoLibraryHoldsAFilmAPdfAndAPackagePublishedToBothDemoCourses() throws Exception {
        HttpResponse<String> library = get("anne", "/api/v1/content");
        assertThat(library.statusCode()).as(library.body()).isEqualTo(200);
        var items = ((jakarta.json.JsonObject) no.vidsynt.app.it.Http.json(library))
                .getJsonArray("items")
                .getValuesAs(jakarta.json.JsonObject.class);
        java.util.Map<String, String> kinds = java.util.Map.of(
                "Film: Ord som åpner", "VIDEO",
                "Samtaleguide: Hvorfor gjør vi det slik her?", "DOCUMENT",
                "Øvelse: Hva prøver barnet å få til?", "PACKAGE");
        kinds.forEach((title, kind) -> {
            var item = items.stream()
                    .filter(i -> title.equals(i.getString("title")))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no demo item " + title + " in " + items));
            assertThat(item.getString("kind")).as(title).isEqualTo(kind);
            assertThat(item.getInt("usedIn"))
                    .as(title + " is used in both demo courses")
                    .isGreaterThanOrEqualTo(2);
        });
    }

    @Test
    void anAuthorUploadsAFilmWithCaptionsPublishesNewVersionsAndRollsBack() throws Exception {
        long unit = ContentFixtures.contentUnit("Film om samtaler", "lise");
        byte[] film = ContentFixtures.resource("clip.webm");
        var upload = upload(
                "anne",
                "file",
                "samtale.webm",
                film,
                "captions",
                "samtale.vtt",
                ContentFixtures.resource("clip.vtt"),
                "title",
                null,
                "Samtalen".getBytes(StandardCharsets.UTF_8));
        assertThat(upload.statusCode()).as(upload.body()).isEqualTo(201);
        JsonObject v1 = json(upload.body());
        long item = v1.getJsonNumber("itemId").longValue();
        assertThat(v1.getInt("versionNo")).isEqualTo(1);
        assertThat(v1.getString("mediaType")).isEqualTo("video/webm");
        assertThat(v1.getBoolean("hasCaptions")).isTrue();

        var second = upload(
                "anne",
                "file",
                "samtale-ny.webm",
                film,
                "itemId",
                null,
                String.valueOf(item).getBytes(),
                null,
                null,
                null);
        assertThat(second.statusCode()).as(second.body()).isEqualTo(201);
        assertThat(json(second.body()).getInt("versionNo")).isEqualTo(2);
        assertThat(json(second.body()).getString("sha256")).isEqualTo(v1.getString("sha256"));

        assertThat(post("anne", "/api/v1/content/" + item + "/versions/1/publication", "{\"unitId\":" + unit + "}")
                        .statusCode())
                .isEqualTo(200);
        var published =
                post("anne", "/api/v1/content/" + item + "/versions/2/publication", "{\"unitId\":" + unit + "}");
        assertThat(json(published.body()).getInt("versionNo")).isEqualTo(2);
        assertThat(post("anne", "/api/v1/content/" + item + "/versions/2/publication", "{}")
                        .statusCode())
                .isEqualTo(400);
        var rolledBack = post("anne", "/api/v1/content/units/" + unit + "/rollback", "");
        assertThat(rolledBack.statusCode()).as(rolledBack.body()).isEqualTo(200);
        assertThat(json(rolledBack.body()).getInt("versionNo")).isEqualTo(1);

        JsonObject details = json(get("anne", "/api/v1/content/" + item).body());
        assertThat(details.getJsonArray("versions")).hasSize(2);
        assertThat(details.getJsonArray("usedIn").getJsonObject(0).getInt("unitId"))
                .isEqualTo((int) unit);
        assertThat(json(get("anne", "/api/v1/content?q=samtal").body()).getJsonArray("items"))
                .isNotEmpty();
        assertThat(get("anne", "/openapi").body()).contains("/api/v1/content/launches");
    }

    @Test
    void mediaIsServedWithRangesETagAndLongCaching() throws Exception {
        // other bytes than the other tests' film: content is shared by hash, and that one is published
        byte[] film =
                Arrays.copyOf(ContentFixtures.resource("clip.webm"), ContentFixtures.resource("clip.webm").length + 7);
        JsonObject version = json(upload("anne", "file", "rekkevidde.webm", film, null, null, null, null, null, null)
                .body());
        String media = version.getString("mediaUrl");

        var range = getBytes("anne", media, "Range", "bytes=100-199");
        assertThat(range.statusCode()).isEqualTo(206);
        assertThat(range.body()).isEqualTo(Arrays.copyOfRange(film, 100, 200));
        assertThat(range.headers().firstValue("Content-Range")).contains("bytes 100-199/" + film.length);
        assertThat(range.headers().firstValue("Accept-Ranges")).contains("bytes");

        var whole = getBytes("anne", media);
        assertThat(whole.statusCode()).isEqualTo(200);
        assertThat(whole.body()).isEqualTo(film);
        String etag = whole.headers().firstValue("ETag").orElseThrow();
        assertThat(etag).isEqualTo("\"" + version.getString("sha256") + "\"");
        assertThat(whole.headers().firstValue("Cache-Control").orElseThrow())
                .contains("immutable")
                .contains("max-age=31536000");

        assertThat(getBytes("anne", media, "If-None-Match", etag).statusCode()).isEqualTo(304);
        var beyond = getBytes("anne", media, "Range", "bytes=" + film.length + "-");
        assertThat(beyond.statusCode()).isEqualTo(416);
        assertThat(beyond.headers().firstValue("Content-Range")).contains("bytes */" + film.length);
        assertThat(getBytes("anne", media, "Range", "bytes=0-9", "If-Range", "\"other\"")
                        .statusCode())
                .isEqualTo(200);
        // a learner may not fetch content that no unit shows, and nobody without signing in
        assertThat(getBytes("arne", media).statusCode()).isEqualTo(404);
        assertThat(CLIENT.send(
                                HttpRequest.newBuilder(base.resolve(media.substring(1)))
                                        .GET()
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void aRejectedUploadSaysWhyAndLeavesNothingBehind() throws Exception {
        long versionsBefore = ContentFixtures.count("SELECT COUNT(*) FROM content_version");
        Set<Path> filesBefore = files(TestDatabase.contentRoot());

        var slip = upload("anne", "file", "pakke.zip", ContentFixtures.zipSlip(), null, null, null, null, null, null);
        assertThat(slip.statusCode()).isEqualTo(400);
        assertThat(json(slip.body()).getString("reason")).isEqualTo("PATH_TRAVERSAL");
        assertThat(json(slip.body()).getString("detail")).contains("pakke.zip").contains("..");

        var lie = upload(
                "anne",
                "file",
                "bilde.png",
                "<html><script>alert(1)</script></html>".getBytes(),
                null,
                null,
                null,
                null,
                null,
                null);
        assertThat(lie.statusCode()).isEqualTo(400);
        assertThat(json(lie.body()).getString("reason")).isEqualTo("TYPE_NOT_ALLOWED");

        var norwegian = upload("anne", "nb", "file", "tom.png", new byte[0]);
        assertThat(json(norwegian.body()).getString("detail"))
                .startsWith("Filen «tom.png» ble avvist fordi den er tom");

        assertThat(ContentFixtures.count("SELECT COUNT(*) FROM content_version"))
                .isEqualTo(versionsBefore);
        assertThat(files(TestDatabase.contentRoot())).isEqualTo(filesBefore);
        assertThat(TestDatabase.contentRoot().getParent().resolve("evil.html")).doesNotExist();
    }

    @Test
    void learnersCannotUploadOrListTheLibrary() throws Exception {
        assertThat(upload(
                                "lise",
                                "file",
                                "x.webm",
                                ContentFixtures.resource("clip.webm"),
                                null,
                                null,
                                null,
                                null,
                                null,
                                null)
                        .statusCode())
                .isEqualTo(403);
        assertThat(get("lise", "/api/v1/content").statusCode()).isEqualTo(403);
        assertThat(get("lise", "/api/v1/content/1").statusCode()).isEqualTo(403);
        assertThat(post("lise", "/api/v1/content/units/1/rollback", "").statusCode())
                .isEqualTo(403);
        var anonymous = CLIENT.send(
                HttpRequest.newBuilder(base.resolve("api/v1/content")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(401);
    }

    @Test
    void packagesAreServedOnlyOnTheContentOriginWithAStrictPolicyAndCompleteOnce() throws Exception {
        long unit = ContentFixtures.contentUnit("E-læringspakke", "lise");
        String appOrigin = base.getScheme() + "://" + base.getHost() + ":" + base.getPort();
        JsonObject pkg = json(upload(
                        "anne",
                        "file",
                        "pakke.zip",
                        ContentFixtures.probePackage(appOrigin),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null)
                .body());
        assertThat(pkg.getString("launchPath")).isEqualTo("index.html");
        post(
                "anne",
                "/api/v1/content/" + pkg.getJsonNumber("itemId").longValue() + "/versions/1/publication",
                "{\"unitId\":" + unit + "}");

        // arne is not enrolled: no launch
        assertThat(post("arne", "/api/v1/content/launches", "{\"unitId\":" + unit + "}")
                        .statusCode())
                .isEqualTo(404);
        var launch = post("lise", "/api/v1/content/launches", "{\"unitId\":" + unit + "}");
        assertThat(launch.statusCode()).as(launch.body()).isEqualTo(200);
        String token = json(launch.body()).getString("token");
        URI packageUrl = URI.create(json(launch.body()).getString("packageUrl"));
        assertThat(packageUrl.getHost()).isNotEqualTo(base.getHost());
        assertThat(packageUrl.getPort()).isEqualTo(base.getPort());

        var onContentOrigin =
                CLIENT.send(HttpRequest.newBuilder(packageUrl).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(onContentOrigin.statusCode()).isEqualTo(200);
        assertThat(onContentOrigin.body()).contains("Testpakken kjører");
        String policy =
                onContentOrigin.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(policy).contains("connect-src 'self'").contains("frame-ancestors " + appOrigin);
        assertThat(onContentOrigin.headers().firstValue("Set-Cookie")).isEmpty();
        // the content origin serves package files only: not the app's pages, sign-in, API or media
        String contentOrigin = packageUrl.getScheme() + "://" + packageUrl.getHost() + ":" + packageUrl.getPort();
        for (String appPath : new String[] {"", "login.xhtml", "api/v1/content/launches", "content/library.xhtml"}) {
            var app = CLIENT.send(
                    HttpRequest.newBuilder(URI.create(contentOrigin + base.getPath() + appPath))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (app.statusCode() == 302) {
                // a page that needs a signed-in person is answered by the container's sign-in redirect before any
                // filter runs; the sign-in page it points to is not served on the content host either
                URI signIn = URI.create(contentOrigin + base.getPath())
                        .resolve(app.headers().firstValue("Location").orElseThrow());
                assertThat(signIn.getHost()).isEqualTo(packageUrl.getHost());
                app = CLIENT.send(HttpRequest.newBuilder(signIn).GET().build(), HttpResponse.BodyHandlers.ofString());
            }
            assertThat(app.statusCode())
                    .as(contentOrigin + base.getPath() + appPath)
                    .isEqualTo(404);
        }
        assertThat(CLIENT.send(
                                HttpRequest.newBuilder(base.resolve("login.xhtml"))
                                        .GET()
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .statusCode())
                .isEqualTo(200);

        var onAppOrigin = CLIENT.send(
                HttpRequest.newBuilder(base.resolve("pkg/" + token + "/index.html"))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(onAppOrigin.statusCode()).isEqualTo(404);
        var traversal = CLIENT.send(
                HttpRequest.newBuilder(URI.create(packageUrl.toString().replace("index.html", "..%2F..%2Fweb.xml")))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(traversal.statusCode()).isIn(302, 400, 404);
        assertThat(traversal.body()).doesNotContain("<web-app");

        assertThat(post("arne", "/api/v1/content/launches/" + token + "/completion", "")
                        .statusCode())
                .isEqualTo(404);
        assertThat(post("lise", "/api/v1/content/launches/" + token + "/completion", "")
                        .statusCode())
                .isEqualTo(204);
        assertThat(post("lise", "/api/v1/content/launches/" + token + "/completion", "")
                        .statusCode())
                .isEqualTo(404);
        assertThat(ContentFixtures.count(
                        "SELECT COUNT(*) FROM content_completion c JOIN person p ON p.id = c.person_id "
                                + "WHERE p.username = 'lise' AND c.unit_id = " + unit))
                .isEqualTo(1);
    }

    @Test
    void anotherAuthorsItemsAndCoursesDoNotExistForAnneAndOnlyEnrolledLearnersOpenAUnit() throws Exception {
        ContentFixtures.author("berit", "Berit Bok");
        long annesUnit = ContentFixtures.contentUnit("Annes film", "lise", "anne");
        long beritsUnit = ContentFixtures.contentUnit("Berits film", "lise", "berit");
        byte[] film = ContentFixtures.resource("clip.webm");
        byte[] beritsBytes = Arrays.copyOf(film, film.length + 11);
        JsonObject berits = json(upload("berit", "file", "berit.webm", beritsBytes, null, null, null, null, null, null)
                .body());
        long beritsItem = berits.getJsonNumber("itemId").longValue();
        JsonObject annes = json(upload(
                        "anne",
                        "file",
                        "anne.webm",
                        Arrays.copyOf(film, film.length + 13),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null)
                .body());
        long annesItem = annes.getJsonNumber("itemId").longValue();
        assertThat(post(
                                "berit",
                                "/api/v1/content/" + beritsItem + "/versions/1/publication",
                                "{\"unitId\":" + beritsUnit + "}")
                        .statusCode())
                .isEqualTo(200);

        // anne, a foreign author: berit's item, unit and course do not exist for her
        assertThat(post(
                                "anne",
                                "/api/v1/content/" + annesItem + "/versions/1/publication",
                                "{\"unitId\":" + beritsUnit + "}")
                        .statusCode())
                .as("her own item into berit's course")
                .isEqualTo(404);
        assertThat(post(
                                "anne",
                                "/api/v1/content/" + beritsItem + "/versions/1/publication",
                                "{\"unitId\":" + annesUnit + "}")
                        .statusCode())
                .as("berit's item into her own course")
                .isEqualTo(404);
        assertThat(post("anne", "/api/v1/content/units/" + beritsUnit + "/rollback", "")
                        .statusCode())
                .isEqualTo(404);
        var newVersion = upload(
                "anne",
                "file",
                "overtatt.webm",
                film,
                "itemId",
                null,
                String.valueOf(beritsItem).getBytes(),
                null,
                null,
                null);
        assertThat(newVersion.statusCode()).as(newVersion.body()).isEqualTo(404);
        assertThat(get("anne", "/api/v1/content/" + beritsItem).statusCode()).isEqualTo(404);
        assertThat(get("anne", "/api/v1/content/units/" + beritsUnit + "/publication")
                        .statusCode())
                .isEqualTo(404);
        assertThat(json(get("anne", "/api/v1/content?q=").body()).getJsonArray("items").stream()
                        .map(item -> item.asJsonObject().getJsonNumber("id").longValue()))
                .doesNotContain(beritsItem)
                .contains(annesItem);
        assertThat(post("anne", "/api/v1/content/launches", "{\"unitId\":" + beritsUnit + "}")
                        .statusCode())
                .as("anne neither takes nor authors berit's course")
                .isEqualTo(404);
        assertThat(getBytes("anne", berits.getString("mediaUrl")).statusCode()).isEqualTo(404);
        assertThat(ContentFixtures.count("SELECT COUNT(*) FROM content_version WHERE item_id = " + beritsItem))
                .isEqualTo(1);
        assertThat(ContentFixtures.count("SELECT COUNT(*) FROM content_publication WHERE unit_id = " + beritsUnit
                        + " AND version_id = " + berits.getJsonNumber("id").longValue()))
                .isEqualTo(1);

        // arne, a learner not enrolled in berit's course; lise, who is
        assertThat(post("arne", "/api/v1/content/launches", "{\"unitId\":" + beritsUnit + "}")
                        .statusCode())
                .isEqualTo(404);
        assertThat(getBytes("arne", berits.getString("mediaUrl")).statusCode()).isEqualTo(404);
        assertThat(post("lise", "/api/v1/content/launches", "{\"unitId\":" + beritsUnit + "}")
                        .statusCode())
                .isEqualTo(200);
        assertThat(getBytes("lise", berits.getString("mediaUrl")).statusCode()).isEqualTo(200);
        // one rule for "enrolled": a completed learner goes back to the content, a withdrawn one no longer gets it
        enrolmentOfLise(beritsUnit, "COMPLETED");
        assertThat(post("lise", "/api/v1/content/launches", "{\"unitId\":" + beritsUnit + "}")
                        .statusCode())
                .isEqualTo(200);
        enrolmentOfLise(beritsUnit, "WITHDRAWN");
        assertThat(post("lise", "/api/v1/content/launches", "{\"unitId\":" + beritsUnit + "}")
                        .statusCode())
                .as("withdrawn")
                .isEqualTo(404);
        assertThat(getBytes("lise", berits.getString("mediaUrl")).statusCode())
                .as("withdrawn")
                .isEqualTo(404);
        enrolmentOfLise(beritsUnit, "ACTIVE");

        // berit herself, and the administrator, still may
        assertThat(get("berit", "/api/v1/content/units/" + beritsUnit + "/publication")
                        .statusCode())
                .isEqualTo(200);
        assertThat(get("ada", "/api/v1/content/" + beritsItem).statusCode()).isEqualTo(200);
        assertThat(post("berit", "/api/v1/content/launches", "{\"unitId\":" + beritsUnit + "}")
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void everyUploadedPartIsDeletedAfterTheRequestWhateverTheOutcome() throws Exception {
        Path temp = payaraRoot();
        assertThat(temp).isDirectory();
        long before = uploadTempFiles(temp);
        byte[] twentyMegabytes = new byte[20 * 1024 * 1024];
        Arrays.fill(twentyMegabytes, (byte) 'a');
        byte[] png = ContentFixtures.resource("clip.webm");

        var accepted = send(
                "anne",
                "en",
                multipart(
                        new Object[] {"file", "rester.webm", Arrays.copyOf(png, png.length + 17)},
                        new Object[] {"title", null, "Rester".getBytes(StandardCharsets.UTF_8)},
                        new Object[] {"extra", null, twentyMegabytes}));
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(201);
        var rejected = send(
                "anne",
                "en",
                multipart(
                        new Object[] {"file", "pakke.zip", ContentFixtures.zipSlip()},
                        new Object[] {"title", null, "Avvist".getBytes(StandardCharsets.UTF_8)},
                        new Object[] {"extra", null, twentyMegabytes}));
        assertThat(rejected.statusCode()).isEqualTo(400);
        var extraFile = send(
                "anne",
                "en",
                multipart(
                        new Object[] {"file", "notater.txt", "Husk møtet.".getBytes(StandardCharsets.UTF_8)},
                        new Object[] {"more", "mer.bin", twentyMegabytes}));
        assertThat(extraFile.statusCode()).isEqualTo(400);
        assertThat(json(extraFile.body()).getString("reason")).isEqualTo("TYPE_NOT_ALLOWED");

        long after = uploadTempFiles(temp);
        for (int wait = 0; wait < 20 && after > before; wait++) {
            Thread.sleep(250);
            after = uploadTempFiles(temp);
        }
        assertThat(after).as("upload__*.tmp files left in " + temp).isEqualTo(before);
    }

    /**
     * The runtime folder of the Payara Micro this test started (a child process of this JVM): the folder under
     * {@code payaramicro-rt*} that the process holds files open in. Other Payara instances on the machine are not ours.
     */
    private static Path payaraRoot() throws Exception {
        for (ProcessHandle process : ProcessHandle.current().descendants().toList()) {
            Path fds = Path.of("/proc", Long.toString(process.pid()), "fd");
            if (!Files.isDirectory(fds)) {
                continue;
            }
            try (Stream<Path> open = Files.list(fds)) {
                for (Path fd : open.toList()) {
                    String target;
                    try {
                        target = Files.readSymbolicLink(fd).toString();
                    } catch (Exception gone) {
                        continue;
                    }
                    int at = target.indexOf("/payaramicro-rt");
                    if (at >= 0) {
                        int end = target.indexOf('/', at + 1);
                        return Path.of(end < 0 ? target : target.substring(0, end));
                    }
                }
            }
        }
        throw new AssertionError("No Payara Micro runtime folder held open by a child process of this test");
    }

    private static long uploadTempFiles(Path root) throws Exception {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> file.getFileName().toString().startsWith("upload__"))
                    .count();
        }
    }

    // --- HTTP helpers -------------------------------------------------------------------------------------------

    private HttpResponse<String> upload(String user, String language, String part, String fileName, byte[] content)
            throws Exception {
        return send(user, language, multipart(new Object[] {part, fileName, content}));
    }

    private HttpResponse<String> upload(
            String user,
            String part1,
            String name1,
            byte[] content1,
            String part2,
            String name2,
            byte[] content2,
            String part3,
            String name3,
            byte[] content3)
            throws Exception {
        return send(
                user,
                "en",
                multipart(new Object[] {part1, name1, content1}, new Object[] {part2, name2, content2}, new Object[] {
                    part3, name3, content3
                }));
    }

    private record Body(String boundary, byte[] bytes) {}

    private static Body multipart(Object[]... parts) {
        String boundary = "----vidsynt" + UUID.randomUUID();
        var out = new ByteArrayOutputStream();
        for (Object[] part : parts) {
            if (part[0] == null || part[2] == null) {
                continue;
            }
            String header = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part[0] + "\""
                    + (part[1] == null ? "" : "; filename=\"" + part[1] + "\"") + "\r\n"
                    + (part[1] == null ? "" : "Content-Type: application/octet-stream\r\n") + "\r\n";
            out.writeBytes(header.getBytes(StandardCharsets.UTF_8));
            out.writeBytes((byte[]) part[2]);
            out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return new Body(boundary, out.toByteArray());
    }

    private static void enrolmentOfLise(long unit, String status) throws Exception {
        try (var db = TestDatabase.connect();
                var update = db.prepareStatement("UPDATE enrolment SET status = ? "
                        + "WHERE person_id = (SELECT id FROM person WHERE username = 'lise') "
                        + "AND course_id = (SELECT course_id FROM course_unit WHERE id = ?)")) {
            update.setString(1, status);
            update.setLong(2, unit);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }

    private HttpResponse<String> send(String user, String language, Body body) throws Exception {
        return CLIENT.send(
                HttpRequest.newBuilder(base.resolve("api/v1/content/uploads"))
                        .header("Authorization", basic(user))
                        .header("Accept-Language", language)
                        .header("Content-Type", "multipart/form-data; boundary=" + body.boundary())
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String user, String path) throws Exception {
        return CLIENT.send(
                HttpRequest.newBuilder(base.resolve(path.substring(1)))
                        .header("Authorization", basic(user))
                        .header("Accept", "application/json")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<byte[]> getBytes(String user, String path, String... headers) throws Exception {
        var builder = HttpRequest.newBuilder(base.resolve(path.substring(1)))
                .header("Authorization", basic(user))
                .GET();
        if (headers.length > 0) {
            builder.headers(headers);
        }
        return CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<String> post(String user, String path, String json) throws Exception {
        return CLIENT.send(
                HttpRequest.newBuilder(base.resolve(path.substring(1)))
                        .header("Authorization", basic(user))
                        .header("Content-Type", "application/json")
                        .header("Accept", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    private static Set<Path> files(Path root) throws Exception {
        if (!Files.exists(root)) {
            return Set.of();
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.collect(Collectors.toSet());
        }
    }
}
