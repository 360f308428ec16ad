package no.vidsynt.content.upload.control;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import no.vidsynt.content.upload.control.UploadRejected.Reason;

/**
 * The rules for the name of an entry in an HTML package: a relative path below the package's root, in NFC, of plain
 * characters, without {@code ..}, absolute paths, drive letters or backslashes. Returns the normalised path or refuses.
 */
public final class PackageNames {

    private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*");
    private static final Set<String> ARCHIVE_ENDINGS = Set.of(
            "zip", "jar", "war", "ear", "7z", "rar", "tar", "gz", "tgz", "bz2", "xz", "zst", "cab", "iso", "apk", "lz",
            "lzma", "z");
    private static final Set<String> EXECUTABLE_ENDINGS =
            Set.of("exe", "dll", "com", "bat", "cmd", "msi", "scr", "ps1", "sh", "so", "dylib", "jnlp", "vbs", "hta");
    private static final int MAX_DEPTH = 32;
    private static final int MAX_SEGMENT_BYTES = 255;

    private PackageNames() {}

    /** Checks one entry name; folders end with {@code /}, which is kept. */
    public static String check(String raw, int maxPathLength) {
        if (raw == null || raw.isEmpty()) {
            throw new UploadRejected(Reason.BAD_ENTRY_NAME, "");
        }
        String name = Normalizer.normalize(raw, Normalizer.Form.NFC);
        String shown = UploadRejected.shown(name);
        if (name.indexOf('\\') >= 0) {
            if (name.contains("..")) {
                throw new UploadRejected(Reason.PATH_TRAVERSAL, shown);
            }
            throw new UploadRejected(Reason.BAD_ENTRY_NAME, shown);
        }
        if (name.startsWith("/")) {
            throw new UploadRejected(Reason.ABSOLUTE_PATH, shown);
        }
        if (DRIVE.matcher(name).matches()) {
            throw new UploadRejected(Reason.DRIVE_LETTER, shown);
        }
        boolean folder = name.endsWith("/");
        String path = folder ? name.substring(0, name.length() - 1) : name;
        String[] segments = path.split("/", -1);
        for (String segment : segments) {
            if (segment.equals("..")) {
                throw new UploadRejected(Reason.PATH_TRAVERSAL, shown);
            }
        }
        if (!plainCharacters(name)) {
            throw new UploadRejected(Reason.BAD_ENTRY_NAME, shown);
        }
        if (name.length() > maxPathLength || segments.length > MAX_DEPTH) {
            throw new UploadRejected(Reason.ENTRY_NAME_TOO_LONG, shown);
        }
        for (String segment : segments) {
            if (segment.isEmpty() || segment.equals(".") || !segment.equals(segment.strip()) || segment.endsWith(".")) {
                throw new UploadRejected(Reason.BAD_ENTRY_NAME, shown);
            }
            if (segment.getBytes(StandardCharsets.UTF_8).length > MAX_SEGMENT_BYTES) {
                throw new UploadRejected(Reason.ENTRY_NAME_TOO_LONG, shown);
            }
        }
        if (!folder) {
            String ending = FileInspector.extensionOf(path);
            if (ARCHIVE_ENDINGS.contains(ending)) {
                throw new UploadRejected(Reason.NESTED_ARCHIVE, shown);
            }
            if (EXECUTABLE_ENDINGS.contains(ending)) {
                throw new UploadRejected(Reason.EXECUTABLE, shown);
            }
        }
        return name;
    }

    /** The key under which two names count as the same file on a case-insensitive disk. */
    static String collisionKey(String normalised) {
        return normalised.toLowerCase(Locale.ROOT);
    }

    /**
     * No control characters, no invisible formatting (right-to-left overrides, zero-width characters), no
     * unassigned, private-use or lone surrogate code points, and none of the characters Windows forbids.
     */
    static boolean plainCharacters(String name) {
        return name.codePoints().allMatch(c -> {
            int type = Character.getType(c);
            return !Character.isISOControl(c)
                    && type != Character.FORMAT
                    && type != Character.UNASSIGNED
                    && type != Character.PRIVATE_USE
                    && type != Character.SURROGATE
                    && type != Character.LINE_SEPARATOR
                    && type != Character.PARAGRAPH_SEPARATOR
                    && "<>:\"|?*".indexOf(c) < 0;
        });
    }
}
