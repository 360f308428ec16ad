package no.vidsynt.core.scheduling.control;

import java.util.Locale;
import no.vidsynt.core.spi.BookingRules;

/**
 * A booking action that is not allowed, with the reason in the caller's language. Pages show it as a message; the
 * API answers it as a problem document with the status {@link #reason()} maps to.
 */
public class BookingRefused extends RuntimeException {

    /** What kind of refusal, which decides the HTTP status. */
    public enum Reason {
        /** No such session, or not one the caller may see (404). */
        NOT_FOUND,
        /** The caller may not do this (403): not enrolled, a course rule, not the session's trainer. */
        NOT_ALLOWED,
        /** The state does not allow it now (409): booking closed, already booked, no offer to accept. */
        CONFLICT,
        /** The input is wrong (400). */
        INVALID
    }

    private final Reason reason;
    private final BookingRules.Refusal refusal;
    private final transient Object[] arguments;

    public BookingRefused(Reason reason, String key, Object... arguments) {
        this(reason, new BookingRules.Refusal(SchedulingTexts.BUNDLE, key, BookingRefused.class.getClassLoader()),
                arguments);
    }

    public BookingRefused(Reason reason, BookingRules.Refusal refusal, Object... arguments) {
        super(refusal.key());
        this.reason = reason;
        this.refusal = refusal;
        this.arguments = arguments;
    }

    public Reason reason() {
        return reason;
    }

    public String key() {
        return refusal.key();
    }

    public String message(Locale locale) {
        String pattern = refusal.message(locale);
        if (arguments.length == 0) {
            return pattern;
        }
        Object[] shown = java.util.Arrays.stream(arguments)
                .map(argument -> argument instanceof Localised text ? text.in(locale) : argument).toArray();
        return new java.text.MessageFormat(pattern, locale).format(shown);
    }

    /** An argument that is itself a text in the reader's language (a reason given by another feature). */
    @FunctionalInterface
    public interface Localised extends java.io.Serializable {
        String in(Locale locale);
    }
}
