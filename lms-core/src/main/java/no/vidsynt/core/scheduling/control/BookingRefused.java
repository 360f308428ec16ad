package no.vidsynt.core.scheduling.control;

import no.vidsynt.core.platform.Refusal;
import no.vidsynt.core.spi.BookingRules;

/**
 * A booking action that is not allowed: a {@link Refusal} whose reason is in the scheduling bundle, or in a course
 * module's bundle for its own booking rules. Its problem type is {@code urn:vidsynt:scheduling:<key>} either way.
 */
public class BookingRefused extends Refusal {

    private static final long serialVersionUID = 1L;

    /** What kind of refusal, which decides the HTTP status. */
    public enum Reason {
        /** No such session, or not one the caller may see (404). */
        NOT_FOUND(Kind.NOT_FOUND),
        /** The caller may not do this (403): not enrolled, a course rule, not the session's trainer. */
        NOT_ALLOWED(Kind.FORBIDDEN),
        /** The state does not allow it now (409): booking closed, already booked, no offer to accept. */
        CONFLICT(Kind.CONFLICT),
        /** The input is wrong (400). */
        INVALID(Kind.INVALID);

        private final Kind kind;

        Reason(Kind kind) {
            this.kind = kind;
        }
    }

    private final Reason reason;

    public BookingRefused(Reason reason, String key, Object... arguments) {
        this(
                reason,
                new BookingRules.Refusal(SchedulingTexts.BUNDLE, key, BookingRefused.class.getClassLoader()),
                arguments);
    }

    public BookingRefused(Reason reason, BookingRules.Refusal refusal, Object... arguments) {
        super(reason.kind, "scheduling", refusal.bundleBaseName(), refusal.loader(), refusal.key(), arguments);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    /** An argument that is itself a text in the reader's language (a reason given by another feature). */
    @FunctionalInterface
    public interface Localised extends Refusal.Localised {}
}
