package no.vidsynt.content.delivery.control;

import java.util.Optional;

/**
 * One byte range of an HTTP {@code Range} header (RFC 9110 14.1), resolved against the content's length:
 * {@code bytes=0-99}, {@code bytes=100-} and {@code bytes=-100} (the last 100). Several ranges in one header are
 * answered with the whole content, which the standard allows and no video player needs otherwise.
 *
 * @param first first byte, inclusive
 * @param last last byte, inclusive
 */
public record ByteRange(long first, long last) {

    /** What a Range header asks for. */
    public sealed interface Request permits Whole, Partial, Unsatisfiable {}

    /** No usable range: send everything (200). */
    public record Whole() implements Request {}

    /** One satisfiable range (206). */
    public record Partial(ByteRange range) implements Request {}

    /** A well-formed range beyond the content (416). */
    public record Unsatisfiable() implements Request {}

    public long length() {
        return last - first + 1;
    }

    public String contentRange(long total) {
        return "bytes " + first + "-" + last + "/" + total;
    }

    public static Request parse(String header, long length) {
        if (header == null || !header.startsWith("bytes=")) {
            return new Whole();
        }
        String spec = header.substring("bytes=".length()).trim();
        if (spec.contains(",")) {
            return new Whole();
        }
        int dash = spec.indexOf('-');
        if (dash < 0) {
            return new Whole();
        }
        Optional<Long> start = number(spec.substring(0, dash));
        Optional<Long> end = number(spec.substring(dash + 1));
        if (start.isEmpty() && end.isEmpty()) {
            return new Whole();
        }
        if (start.isEmpty()) {
            long suffix = end.get();
            if (suffix == 0 || length == 0) {
                return new Unsatisfiable();
            }
            return new Partial(new ByteRange(Math.max(0, length - suffix), length - 1));
        }
        long first = start.get();
        if (end.isPresent() && end.get() < first) {
            return new Whole();
        }
        if (first >= length) {
            return new Unsatisfiable();
        }
        long last = end.map(value -> Math.min(value, length - 1)).orElse(length - 1);
        return new Partial(new ByteRange(first, last));
    }

    private static Optional<Long> number(String text) {
        String trimmed = text.trim();
        if (trimmed.isEmpty() || trimmed.length() > 18 || !trimmed.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(trimmed));
    }
}
