package no.vidsynt.core.scheduling.boundary;

import java.time.LocalDateTime;
import no.vidsynt.core.scheduling.control.SessionRules;
import no.vidsynt.core.scheduling.entity.SessionDetails;

/**
 * A session as the API receives it. Times are Oslo wall-clock times ("2026-03-29T10:00"), as people enter them.
 * Checked by {@code SessionRules} in the service (Payara's OpenAPI generator fails on constraint annotations on
 * record components, so there are none here), and refused with a problem document listing each wrong field.
 *
 * @param offerMinutes how long a freed seat is held for the first on the waitlist; 0 promotes at once
 * @param weeks 1 for a single session, more for a weekly series (create only)
 */
public record SessionInput(
        String kind,
        String title,
        String programmeKey,
        Long courseId,
        Long unitId,
        LocalDateTime start,
        LocalDateTime end,
        String place,
        String videoLink,
        int capacity,
        LocalDateTime bookingOpens,
        LocalDateTime bookingCloses,
        LocalDateTime cancellationDeadline,
        int offerMinutes,
        Integer weeks) {

    SessionDetails details() {
        return new SessionDetails(
                kind,
                title,
                programmeKey,
                courseId,
                unitId,
                SessionRules.oslo(start),
                SessionRules.oslo(end),
                place,
                videoLink,
                capacity,
                SessionRules.oslo(bookingOpens),
                SessionRules.oslo(bookingCloses),
                SessionRules.oslo(cancellationDeadline),
                offerMinutes);
    }

    int weeksOrOne() {
        return weeks == null ? 1 : weeks;
    }
}
