package no.vidsynt.core.platform.input;

/**
 * Texts that must stay on one line: titles, names, mail subjects and whatever goes into a log line. A line break in
 * them would start a new mail header or a forged log record.
 */
public final class SingleLine {

    private SingleLine() {}

    /** True when the text holds a carriage return, a line feed or another line or paragraph separator. */
    public static boolean hasBreak(String text) {
        return text != null && text.chars().anyMatch(SingleLine::isBreak);
    }

    /** The text with every line break (and other control character) replaced by a space; null stays null. */
    public static String of(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder line = new StringBuilder(text.length());
        text.chars().forEach(c -> line.append(isBreak(c) || Character.isISOControl(c) ? ' ' : (char) c));
        return line.toString();
    }

    private static boolean isBreak(int c) {
        return c == '\r' || c == '\n' || c == 0x0B || c == 0x0C || c == 0x85 || c == 0x2028 || c == 0x2029;
    }
}
