package no.vidsynt.core.scheduling.entity;

import java.time.Instant;

/**
 * Everything a trainer sets on a session, as one value: checked by {@code SessionRules} before it reaches the entity.
 *
 * @param offerMinutes how long a freed seat is held for the first on the waitlist; 0 promotes at once
 */
public record SessionDetails(
        String kind,
        String title,
        String programmeKey,
        Long courseId,
        Long unitId,
        Instant startsAt,
        Instant endsAt,
        String place,
        String videoLink,
        int capacity,
        Instant bookingOpensAt,
        Instant bookingClosesAt,
        Instant cancellationDeadline,
        int offerMinutes) {

    /** The same session placed in another programme, course and unit (linking, unlinking, keeping a programme). */
    public SessionDetails placedIn(String programme, Long course, Long unit) {
        return new SessionDetails(
                kind,
                title,
                programme,
                course,
                unit,
                startsAt,
                endsAt,
                place,
                videoLink,
                capacity,
                bookingOpensAt,
                bookingClosesAt,
                cancellationDeadline,
                offerMinutes);
    }

    public SessionDetails movedBy(java.time.Duration shift) {
        return new SessionDetails(
                kind,
                title,
                programmeKey,
                courseId,
                unitId,
                startsAt.plus(shift),
                endsAt.plus(shift),
                place,
                videoLink,
                capacity,
                plus(bookingOpensAt, shift),
                plus(bookingClosesAt, shift),
                plus(cancellationDeadline, shift),
                offerMinutes);
    }

    private static Instant plus(Instant instant, java.time.Duration shift) {
        return instant == null ? null : instant.plus(shift);
    }
}
