package no.vidsynt.content.upload.control;

import java.util.Objects;

/**
 * An upload refused by a check. The reason has a text for the author in each language ({@code rejected.<REASON>} in
 * the content bundle, "Filen ble avvist fordi ..."); the detail names what was wrong (an entry's name, a type) and
 * fills the text's placeholder.
 */
public class UploadRejected extends RuntimeException {

    /** Why an upload is refused. */
    public enum Reason {
        EMPTY,
        TOO_LARGE,
        BAD_FILE_NAME,
        TYPE_NOT_ALLOWED,
        TYPE_MISMATCH,
        POLYGLOT,
        ACTIVE_CONTENT,
        NOT_TEXT,
        TOO_MANY_ENTRIES,
        UNPACKED_TOO_LARGE,
        ZIP_BOMB,
        PATH_TRAVERSAL,
        ABSOLUTE_PATH,
        DRIVE_LETTER,
        SYMLINK,
        SPECIAL_FILE,
        NESTED_ARCHIVE,
        EXECUTABLE,
        BAD_ENTRY_NAME,
        ENTRY_NAME_TOO_LONG,
        DUPLICATE_ENTRY,
        ENCRYPTED,
        MALFORMED_ARCHIVE,
        NO_INDEX,
        NOT_CAPTIONS
    }

    private final Reason reason;
    private final String detail;

    public UploadRejected(Reason reason, String detail) {
        super(reason + (detail == null || detail.isEmpty() ? "" : ": " + detail));
        this.reason = Objects.requireNonNull(reason, "reason");
        this.detail = detail == null ? "" : detail;
    }

    public Reason reason() {
        return reason;
    }

    /** What was wrong, safe to show (names are cut and stripped of control characters). */
    public String detail() {
        return detail;
    }

    /** A name from an upload made safe to show in a message: no control or format characters, at most 80 characters. */
    public static String shown(String name) {
        if (name == null) {
            return "";
        }
        StringBuilder safe = new StringBuilder();
        name.codePoints().forEach(c -> {
            int type = Character.getType(c);
            safe.appendCodePoint(
                    Character.isISOControl(c)
                                    || type == Character.FORMAT
                                    || type == Character.UNASSIGNED
                                    || type == Character.PRIVATE_USE
                                    || type == Character.SURROGATE
                            ? '?'
                            : c);
        });
        return safe.length() > 80 ? safe.substring(0, 77) + "..." : safe.toString();
    }
}
