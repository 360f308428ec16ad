package no.vidsynt.content.upload.control;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import no.vidsynt.content.library.entity.ContentKind;
import no.vidsynt.content.upload.control.UploadRejected.Reason;
import org.apache.tika.Tika;

/**
 * Decides what an uploaded file is from its bytes (Apache Tika's magic-byte detector; the name is only checked to
 * agree), and refuses what VidSynt does not take: unknown types, names that lie about the type, and polyglots (a
 * picture or PDF that also carries HTML, script or an appended archive).
 */
public final class FileInspector {

    private static final Tika TIKA = new Tika();

    /** Accepted media types (from the bytes) and the file-name endings that may go with them. */
    private static final Map<String, Accepted> ACCEPTED = Map.ofEntries(
            Map.entry("image/png", new Accepted(ContentKind.IMAGE, Set.of("png"))),
            Map.entry("image/jpeg", new Accepted(ContentKind.IMAGE, Set.of("jpg", "jpeg"))),
            Map.entry("image/gif", new Accepted(ContentKind.IMAGE, Set.of("gif"))),
            Map.entry("image/webp", new Accepted(ContentKind.IMAGE, Set.of("webp"))),
            Map.entry("application/pdf", new Accepted(ContentKind.DOCUMENT, Set.of("pdf"))),
            Map.entry("video/mp4", new Accepted(ContentKind.VIDEO, Set.of("mp4", "m4v"))),
            Map.entry("video/webm", new Accepted(ContentKind.VIDEO, Set.of("webm"))),
            Map.entry("video/x-matroska", new Accepted(ContentKind.VIDEO, Set.of("webm", "mkv"))),
            Map.entry("application/x-matroska", new Accepted(ContentKind.VIDEO, Set.of("webm", "mkv"))),
            Map.entry("audio/mpeg", new Accepted(ContentKind.AUDIO, Set.of("mp3"))),
            Map.entry("audio/mp4", new Accepted(ContentKind.AUDIO, Set.of("m4a"))),
            Map.entry("text/vtt", new Accepted(ContentKind.CAPTIONS, Set.of("vtt"))),
            Map.entry("text/plain", new Accepted(ContentKind.MARKDOWN, Set.of("md", "markdown"))),
            Map.entry("application/zip", new Accepted(ContentKind.PACKAGE, Set.of("zip"))));

    /** What the kind is served as, whatever variant the detector named. */
    private static final Map<String, String> SERVED_AS = Map.of(
            "video/x-matroska", "video/webm",
            "application/x-matroska", "video/webm",
            "text/plain", "text/markdown");

    /** Markers of HTML, script or an archive that have no business inside a picture or a PDF. */
    private static final List<byte[]> POLYGLOT_MARKERS = List.of(
            ascii("<script"),
            ascii("<html"),
            ascii("<svg"),
            ascii("<iframe"),
            ascii("<body"),
            ascii("<!doctype"),
            ascii("javascript:"),
            ascii("<?php"),
            ascii("<object"),
            ascii("<embed"),
            ascii("onload="),
            ascii("onerror="),
            new byte[] {'P', 'K', 3, 4});
    /** Active content in a PDF: scripts, launch actions and embedded files. */
    private static final List<byte[]> PDF_ACTIVE =
            List.of(ascii("/javascript"), ascii("/js"), ascii("/launch"), ascii("/embeddedfile"), ascii("/richmedia"));

    private FileInspector() {}

    public static Inspected inspect(Path file, String declaredName) {
        String name = fileName(declaredName);
        String detected = detect(file);
        Accepted accepted = ACCEPTED.get(detected);
        if (accepted == null) {
            throw new UploadRejected(Reason.TYPE_NOT_ALLOWED, detected);
        }
        String extension = extensionOf(name);
        if (ACCEPTED.values().stream().noneMatch(kind -> kind.extensions().contains(extension))) {
            // a name we take for no type at all (.txt, .docx): the type is what is not allowed, not a mismatch
            throw new UploadRejected(Reason.TYPE_NOT_ALLOWED, "." + UploadRejected.shown(extension));
        }
        if (!accepted.extensions().contains(extension)) {
            throw new UploadRejected(Reason.TYPE_MISMATCH, "." + UploadRejected.shown(extension) + " / " + detected);
        }
        switch (accepted.kind()) {
            case IMAGE -> refuseMarkers(file, POLYGLOT_MARKERS, Reason.POLYGLOT);
            case DOCUMENT -> {
                refuseMarkers(file, POLYGLOT_MARKERS, Reason.POLYGLOT);
                refuseMarkers(file, PDF_ACTIVE, Reason.ACTIVE_CONTENT);
            }
            case MARKDOWN, CAPTIONS -> requireUtf8Text(file);
            default -> {
                // video, audio and packages: their own checks (packages are unpacked and checked entry by entry)
            }
        }
        return new Inspected(accepted.kind(), SERVED_AS.getOrDefault(detected, detected), name);
    }

    /** The media type from the first bytes only, never from the name. */
    public static String detect(Path file) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            return TIKA.detect(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The name without folders, NFC-normalised; refused when empty, too long or holding control characters. */
    public static String fileName(String declared) {
        if (declared == null) {
            throw new UploadRejected(Reason.BAD_FILE_NAME, "");
        }
        String name = Normalizer.normalize(declared, Normalizer.Form.NFC);
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1).strip();
        if (name.isEmpty()
                || name.equals(".")
                || name.equals("..")
                || name.getBytes(StandardCharsets.UTF_8).length > 255
                || !PackageNames.plainCharacters(name)) {
            throw new UploadRejected(Reason.BAD_FILE_NAME, UploadRejected.shown(name));
        }
        return name;
    }

    static String extensionOf(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static void refuseMarkers(Path file, List<byte[]> markers, Reason reason) {
        int longest = markers.stream().mapToInt(m -> m.length).max().orElse(1);
        byte[] buffer = new byte[64 * 1024 + longest];
        try (InputStream in = Files.newInputStream(file)) {
            int carried = 0;
            int read;
            while ((read = in.read(buffer, carried, buffer.length - carried)) != -1) {
                int filled = carried + read;
                for (byte[] marker : markers) {
                    if (indexOfIgnoreCase(buffer, filled, marker, 0) >= 0) {
                        throw new UploadRejected(
                                reason,
                                new String(marker, StandardCharsets.ISO_8859_1)
                                        .replaceAll("[^\\x20-\\x7e]", "")
                                        .trim());
                    }
                }
                carried = Math.min(longest - 1, filled);
                System.arraycopy(buffer, filled - carried, buffer, 0, carried);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int indexOfIgnoreCase(byte[] data, int length, byte[] marker, int from) {
        outer:
        for (int i = from; i <= length - marker.length; i++) {
            for (int j = 0; j < marker.length; j++) {
                if (lower(data[i + j]) != lower(marker[j])) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static byte lower(byte b) {
        return b >= 'A' && b <= 'Z' ? (byte) (b + 32) : b;
    }

    /** Captions and Markdown must be UTF-8 text without NUL characters; read as a stream, never whole. */
    private static void requireUtf8Text(Path file) {
        var decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (Reader reader = new InputStreamReader(Files.newInputStream(file), decoder)) {
            char[] buffer = new char[16 * 1024];
            int read;
            while ((read = reader.read(buffer)) != -1) {
                for (int i = 0; i < read; i++) {
                    if (buffer[i] == 0) {
                        throw new UploadRejected(Reason.NOT_TEXT, "");
                    }
                }
            }
        } catch (CharacterCodingException e) {
            throw new UploadRejected(Reason.NOT_TEXT, "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private record Accepted(ContentKind kind, Set<String> extensions) {}
}
