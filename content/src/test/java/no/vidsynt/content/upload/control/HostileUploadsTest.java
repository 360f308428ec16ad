package no.vidsynt.content.upload.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import no.vidsynt.content.store.control.FolderContentStore;
import no.vidsynt.content.upload.control.UploadRejected.Reason;
import no.vidsynt.content.upload.control.Zips.Raw;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hostile corpus (OWASP ASVS 5.0 chapter 5): each file goes through the real upload pipeline into a real folder
 * store and must be refused for its specific reason, leaving the store, its temporary folder and everything around it
 * exactly as before.
 */
class HostileUploadsTest {

    private static final UploadLimits LIMITS = new UploadLimits(8L * 1024 * 1024, 100, 4L * 1024 * 1024, 400, 200);
    private static final String INDEX = "<!doctype html><title>x</title><p>ok</p>";

    @TempDir
    Path outside;

    private FolderContentStore store;

    @BeforeEach
    void createStore() throws IOException {
        store = new FolderContentStore(outside.resolve("deep/inside/store"));
        Files.writeString(outside.resolve("sentinel.txt"), "untouched");
    }

    static Stream<Arguments> hostileFiles() {
        List<Arguments> cases = new ArrayList<>();
        // Zip slip in its variants
        cases.add(hostile(
                "zip slip ../",
                "slip1.zip",
                Zips.deflated("index.html", INDEX, "../evil.html", "x"),
                Reason.PATH_TRAVERSAL));
        cases.add(hostile(
                "zip slip deep",
                "slip2.zip",
                Zips.deflated("index.html", INDEX, "../../../../../../tmp/evil.sh.txt", "x"),
                Reason.PATH_TRAVERSAL));
        cases.add(hostile(
                "zip slip in the middle",
                "slip3.zip",
                Zips.deflated("index.html", INDEX, "a/b/../../../evil.html", "x"),
                Reason.PATH_TRAVERSAL));
        cases.add(hostile(
                "zip slip backslashes",
                "slip4.zip",
                Zips.deflated("index.html", INDEX, "..\\..\\evil.html", "x"),
                Reason.PATH_TRAVERSAL));
        cases.add(hostile(
                "zip slip mixed separators",
                "slip5.zip",
                Zips.deflated("index.html", INDEX, "a/..\\..\\evil.html", "x"),
                Reason.PATH_TRAVERSAL));
        cases.add(hostile(
                "zip slip trailing ..",
                "slip6.zip",
                Zips.raw(Raw.file("index.html", INDEX), Raw.file("a/..", "x")),
                Reason.PATH_TRAVERSAL));
        cases.add(hostile(
                "absolute path",
                "abs1.zip",
                Zips.deflated("index.html", INDEX, "/etc/cron.d/evil", "x"),
                Reason.ABSOLUTE_PATH));
        cases.add(hostile(
                "absolute path to tmp",
                "abs2.zip",
                Zips.deflated("index.html", INDEX, "/tmp/evil.html", "x"),
                Reason.ABSOLUTE_PATH));
        cases.add(hostile(
                "drive letter",
                "drive1.zip",
                Zips.deflated("index.html", INDEX, "C:/Windows/evil.html", "x"),
                Reason.DRIVE_LETTER));
        cases.add(hostile(
                "drive-relative path",
                "drive2.zip",
                Zips.deflated("index.html", INDEX, "c:evil.html", "x"),
                Reason.DRIVE_LETTER));
        // Links and special files
        cases.add(hostile(
                "symlink to /etc/passwd",
                "link1.zip",
                Zips.raw(Raw.file("index.html", INDEX), Raw.symlink("passwd.txt", "/etc/passwd")),
                Reason.SYMLINK));
        cases.add(hostile(
                "symlink to a parent folder",
                "link2.zip",
                Zips.raw(Raw.file("index.html", INDEX), Raw.symlink("up", "../../..")),
                Reason.SYMLINK));
        cases.add(hostile(
                "fifo entry",
                "fifo.zip",
                Zips.raw(
                        Raw.file("index.html", INDEX),
                        new Raw(
                                "pipe".getBytes(StandardCharsets.UTF_8),
                                new byte[0],
                                0x800,
                                3 << 8 | 20,
                                0010644L << 16)),
                Reason.SPECIAL_FILE));
        // Bombs and sizes
        cases.add(hostile(
                "zip bomb",
                "bomb.zip",
                Zips.deflated("index.html", INDEX, "zeros.txt", new byte[3 * 1024 * 1024]),
                Reason.ZIP_BOMB));
        cases.add(hostile(
                "unpacks too large",
                "large.zip",
                Zips.raw(
                        Raw.file("index.html", INDEX),
                        new Raw("a.bin".getBytes(StandardCharsets.UTF_8), noise(2_500_000, 1), 0x800, 20, 0),
                        new Raw("b.bin".getBytes(StandardCharsets.UTF_8), noise(2_500_000, 2), 0x800, 20, 0)),
                Reason.UNPACKED_TOO_LARGE));
        cases.add(hostile("too many entries", "many.zip", manyEntries(101), Reason.TOO_MANY_ENTRIES));
        cases.add(hostile("upload too large", "big.webm", noise(9 * 1024 * 1024, 3), Reason.TOO_LARGE));
        cases.add(hostile("empty file", "empty.png", new byte[0], Reason.EMPTY));
        // Nested archives and programs
        cases.add(hostile(
                "nested zip by name",
                "nested1.zip",
                Zips.deflated("index.html", INDEX, "inner.zip", Zips.deflated("index.html", INDEX)),
                Reason.NESTED_ARCHIVE));
        cases.add(hostile(
                "nested zip disguised",
                "nested2.zip",
                Zips.deflated("index.html", INDEX, "data.json", Zips.deflated("index.html", INDEX)),
                Reason.NESTED_ARCHIVE));
        cases.add(hostile(
                "gzip disguised as script",
                "nested3.zip",
                Zips.deflated("index.html", INDEX, "app.js", gzip("alert(1)")),
                Reason.NESTED_ARCHIVE));
        cases.add(hostile(
                "windows program",
                "exe.zip",
                Zips.deflated("index.html", INDEX, "setup.exe", "MZ"),
                Reason.EXECUTABLE));
        cases.add(hostile(
                "windows program disguised",
                "exe2.zip",
                Zips.deflated("index.html", INDEX, "font.woff", mz()),
                Reason.EXECUTABLE));
        cases.add(hostile(
                "linux program disguised",
                "elf.zip",
                Zips.deflated("index.html", INDEX, "img.png", elf()),
                Reason.EXECUTABLE));
        // Names
        cases.add(hostile(
                "duplicate entries",
                "dup.zip",
                Zips.raw(Raw.file("index.html", INDEX), Raw.file("index.html", "<script>evil()</script>")),
                Reason.DUPLICATE_ENTRY));
        cases.add(hostile(
                "names differing in case only",
                "case.zip",
                Zips.deflated("index.html", INDEX, "Index.html", "x"),
                Reason.DUPLICATE_ENTRY));
        cases.add(hostile(
                "NFC and NFD of one name",
                "nfd.zip",
                Zips.deflated(
                        "index.html",
                        INDEX,
                        "caf\u00e9.html",
                        "a",
                        Normalizer.normalize("caf\u00e9.html", Normalizer.Form.NFD),
                        "b"),
                Reason.DUPLICATE_ENTRY));
        cases.add(hostile(
                "very long name",
                "long.zip",
                Zips.deflated("index.html", INDEX, "a/".repeat(150) + "x.html", "x"),
                Reason.ENTRY_NAME_TOO_LONG));
        cases.add(hostile(
                "very long segment",
                "long2.zip",
                Zips.deflated("index.html", INDEX, "\u00f8".repeat(200) + ".html", "x"),
                Reason.ENTRY_NAME_TOO_LONG));
        cases.add(hostile(
                "right-to-left override",
                "rtl.zip",
                Zips.deflated("index.html", INDEX, "photo\u202egnp.js", "x"),
                Reason.BAD_ENTRY_NAME));
        cases.add(hostile(
                "zero-width space",
                "zw.zip",
                Zips.deflated("index.html", INDEX, "in\u200bdex.html", "x"),
                Reason.BAD_ENTRY_NAME));
        cases.add(hostile(
                "control character",
                "ctl.zip",
                Zips.deflated("index.html", INDEX, "a\u0007b.html", "x"),
                Reason.BAD_ENTRY_NAME));
        cases.add(hostile(
                "NUL in name",
                "nul.zip",
                Zips.raw(
                        Raw.file("index.html", INDEX),
                        new Raw(new byte[] {'a', 0, '.', 'h', 't', 'm', 'l'}, new byte[] {1}, 0x800, 20, 0)),
                Reason.BAD_ENTRY_NAME));
        cases.add(hostile(
                "invalid UTF-8 name",
                "utf.zip",
                Zips.raw(
                        Raw.file("index.html", INDEX),
                        new Raw(
                                new byte[] {'a', (byte) 0xC3, (byte) 0x28, '.', 'j', 's'},
                                new byte[] {1},
                                0x800,
                                20,
                                0)),
                Reason.BAD_ENTRY_NAME));
        cases.add(hostile(
                "Windows-reserved characters",
                "win.zip",
                Zips.deflated("index.html", INDEX, "a<b>|c?.html", "x"),
                Reason.BAD_ENTRY_NAME));
        cases.add(hostile(
                "trailing dot and space",
                "dot.zip",
                Zips.deflated("index.html", INDEX, "index.html. ", "x"),
                Reason.BAD_ENTRY_NAME));
        cases.add(hostile(
                "encrypted entry",
                "enc.zip",
                Zips.raw(
                        Raw.file("index.html", INDEX),
                        new Raw(
                                "secret.js".getBytes(StandardCharsets.UTF_8),
                                new byte[] {1, 2, 3},
                                0x801,
                                3 << 8 | 20,
                                0100644L << 16)),
                Reason.ENCRYPTED));
        cases.add(hostile(
                "package without index.html",
                "noindex.zip",
                Zips.deflated("start.html", INDEX, "a.js", "x"),
                Reason.NO_INDEX));
        cases.add(hostile(
                "truncated zip",
                "cut.zip",
                cut(Zips.deflated("index.html", INDEX, "a.js", "x"), 30),
                Reason.MALFORMED_ARCHIVE));
        // Wrong magic bytes and polyglots
        cases.add(hostile("JPEG named .png", "photo.png", jpeg(), Reason.TYPE_MISMATCH));
        cases.add(hostile(
                "HTML named image.png",
                "image.png",
                ascii("<!doctype html><script>alert(document.cookie)</script>"),
                Reason.TYPE_NOT_ALLOWED));
        cases.add(hostile("program named image.png", "image2.png", mz(), Reason.TYPE_NOT_ALLOWED));
        cases.add(hostile(
                "zip named video.webm", "video.webm", Zips.deflated("index.html", INDEX), Reason.TYPE_MISMATCH));
        cases.add(hostile(
                "GIF + JavaScript polyglot",
                "anim.gif",
                ascii("GIF89a/*\u0001\u0001*/=1;alert(1)//<script>alert(2)</script>"),
                Reason.POLYGLOT));
        cases.add(hostile(
                "PNG with a script chunk",
                "logo.png",
                concat(png(), ascii("tEXtComment\u0000<script>alert(1)</script>")),
                Reason.POLYGLOT));
        cases.add(hostile(
                "JPEG with HTML", "photo.jpg", concat(jpeg(), ascii("<html><body onload=alert(1)>")), Reason.POLYGLOT));
        cases.add(hostile(
                "PDF with an appended zip",
                "report.pdf",
                concat(pdf(""), Zips.deflated("index.html", INDEX)),
                Reason.POLYGLOT));
        cases.add(hostile(
                "PDF with JavaScript",
                "form.pdf",
                pdf("<< /S /JavaScript /JS (app.alert(1)) >>"),
                Reason.ACTIVE_CONTENT));
        cases.add(hostile(
                "SVG picture",
                "icon.svg",
                ascii("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>"),
                Reason.TYPE_NOT_ALLOWED));
        cases.add(
                hostile("bare HTML page", "page.html", ascii("<html><body>hi</body></html>"), Reason.TYPE_NOT_ALLOWED));
        cases.add(hostile(
                "HTML named captions",
                "captions.vtt",
                ascii("<html><script>x()</script></html>"),
                Reason.TYPE_NOT_ALLOWED));
        cases.add(hostile(
                "Markdown that is not UTF-8",
                "notes.md",
                ascii(
                        "# Permisjon\n\nS\u00f8knad om permisjon sendes til n\u00e6rmeste leder i god tid f\u00f8r samlingen.\n"),
                Reason.NOT_TEXT));
        cases.add(hostile(
                "file name with right-to-left override", "evil\u202egnp.webm", ascii("x"), Reason.BAD_FILE_NAME));
        cases.add(hostile("file name with control character", "a\u0000.png", png(), Reason.BAD_FILE_NAME));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileFiles")
    void eachHostileFileIsRefusedForItsReasonAndLeavesNothingBehind(
            String description, String name, byte[] content, Reason expected) throws IOException {
        Set<Path> before = everything(outside);

        assertThatThrownBy(() -> UploadPipeline.accept(new ByteArrayInputStream(content), name, store, LIMITS))
                .isInstanceOfSatisfying(
                        UploadRejected.class,
                        rejected -> assertThat(rejected.reason())
                                .as(description + ": " + rejected.getMessage())
                                .isEqualTo(expected));

        assertThat(everything(outside))
                .as("files after refusing " + description)
                .isEqualTo(before);
        assertThat(Files.readString(outside.resolve("sentinel.txt"))).isEqualTo("untouched");
        assertThat(outside.getParent().resolve("evil.html")).doesNotExist();
    }

    @Test
    void theCorpusHoldsAtLeastThirtyHostileFiles() {
        assertThat(hostileFiles().count()).isGreaterThanOrEqualTo(30);
    }

    @Test
    void aGoodPackageIsAcceptedWithItsFilesInTheStore() {
        byte[] zip = Zips.deflated(
                "course/index.html", INDEX, "course/js/app.js", "console.log(1)", "course/media/clip.vtt", "WEBVTT\n");
        Accepted accepted = UploadPipeline.accept(new ByteArrayInputStream(zip), "course.zip", store, LIMITS);
        assertThat(accepted.launchPath()).isEqualTo("course/index.html");
        assertThat(accepted.files())
                .extracting(Accepted.StoredFile::path)
                .containsExactly("course/index.html", "course/js/app.js", "course/media/clip.vtt");
        assertThat(accepted.files())
                .allSatisfy(file -> assertThat(store.contains(file.sha256())).isTrue());
        assertThat(accepted.files().get(1).mediaType()).isEqualTo("text/javascript");
        assertThat(store.contains(accepted.sha256())).isTrue();
        assertThat(store.temporaryFolder()).isEmptyDirectory();
    }

    @Test
    void videoCaptionsPicturesAndMarkdownAreAcceptedByTheirBytes() throws IOException {
        try (InputStream video = getClass().getResourceAsStream("/content/clip.webm")) {
            Accepted accepted = UploadPipeline.accept(video, "clip.webm", store, LIMITS);
            assertThat(accepted.kind()).hasToString("VIDEO");
            assertThat(accepted.mediaType()).isEqualTo("video/webm");
        }
        assertThat(UploadPipeline.accept(
                                new ByteArrayInputStream(ascii("WEBVTT\n\n00:00.000 --> 00:01.000\nHei\n")),
                                "clip.vtt",
                                store,
                                LIMITS)
                        .kind())
                .hasToString("CAPTIONS");
        assertThat(UploadPipeline.accept(new ByteArrayInputStream(png()), "Bilde av kontoret.png", store, LIMITS)
                        .kind())
                .hasToString("IMAGE");
        Accepted markdown = UploadPipeline.accept(
                new ByteArrayInputStream(
                        "# Velkommen\n\nLes dette før første samling.".getBytes(StandardCharsets.UTF_8)),
                "velkommen.md",
                store,
                LIMITS);
        assertThat(markdown.mediaType()).isEqualTo("text/markdown");
        assertThat(UploadPipeline.accept(new ByteArrayInputStream(pdf("")), "rapport.pdf", store, LIMITS)
                        .kind())
                .hasToString("DOCUMENT");
        assertThat(store.temporaryFolder()).isEmptyDirectory();
    }

    private static Arguments hostile(String description, String name, byte[] content, Reason expected) {
        return Arguments.of(description, name, content, expected);
    }

    private static Set<Path> everything(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.collect(Collectors.toSet());
        }
    }

    private static byte[] manyEntries(int count) {
        Raw[] entries = new Raw[count];
        entries[0] = Raw.file("index.html", INDEX);
        for (int i = 1; i < count; i++) {
            entries[i] = Raw.file("f" + i + ".txt", "x");
        }
        return Zips.raw(entries);
    }

    private static byte[] noise(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        bytes[0] = 'x';
        return bytes;
    }

    private static byte[] gzip(String text) {
        var out = new ByteArrayOutputStream();
        try (var gz = new java.util.zip.GZIPOutputStream(out)) {
            gz.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    private static byte[] mz() {
        byte[] bytes = new byte[256];
        bytes[0] = 'M';
        bytes[1] = 'Z';
        bytes[2] = (byte) 0x90;
        bytes[4] = 3;
        return bytes;
    }

    private static byte[] elf() {
        byte[] bytes = new byte[64];
        bytes[0] = 0x7f;
        bytes[1] = 'E';
        bytes[2] = 'L';
        bytes[3] = 'F';
        bytes[4] = 2;
        bytes[5] = 1;
        bytes[6] = 1;
        bytes[16] = 3;
        bytes[18] = 0x3e;
        return bytes;
    }

    static byte[] png() {
        var image = new java.awt.image.BufferedImage(4, 4, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var out = new ByteArrayOutputStream();
        try {
            javax.imageio.ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    private static byte[] jpeg() {
        var image = new java.awt.image.BufferedImage(4, 4, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var out = new ByteArrayOutputStream();
        try {
            javax.imageio.ImageIO.write(image, "jpg", out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    static byte[] pdf(String extraObject) {
        return ascii(
                "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
                        + (extraObject.isEmpty() ? "" : "3 0 obj " + extraObject + " endobj\n")
                        + "trailer << /Root 1 0 R >>\n%%EOF\n");
    }

    private static byte[] cut(byte[] bytes, int fromEnd) {
        return java.util.Arrays.copyOf(bytes, bytes.length - fromEnd);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}
