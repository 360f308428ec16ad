package no.vidsynt.core.scheduling.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import no.vidsynt.core.scheduling.control.SessionRules;
import no.vidsynt.core.scheduling.entity.SessionDetails;

/**
 * A session as the API receives it. Times are Oslo wall-clock times ("2026-03-29T10:00"), as people enter them.
 *
 * @param offerMinutes how long a freed seat is held for the first on the waitlist; 0 promotes at once
 * @param weeks 1 for a single session, more for a weekly series (create only)
 */
public record SessionInput(
        @NotBlank @Size(max = 40) String kind,
        @NotBlank @Size(max = 200) String title,
        @Size(max = 40) String programmeKey,
        Long courseId,
        Long unitId,
        @NotNull LocalDateTime start,
        @NotNull LocalDateTime end,
        @Size(max = 300) String place,
        @Size(max = 500) String videoLink,
        @Min(1) @Max(10000) int capacity,
        LocalDateTime bookingOpens,
        LocalDateTime bookingCloses,
        LocalDateTime cancellationDeadline,
        @Min(0) @Max(20160) int offerMinutes,
        Integer weeks) {

    SessionDetails details() {
        return new SessionDetails(kind, title, programmeKey, courseId, unitId, SessionRules.oslo(start),
                SessionRules.oslo(end), place, videoLink, capacity, SessionRules.oslo(bookingOpens),
                SessionRules.oslo(bookingCloses), SessionRules.oslo(cancellationDeadline), offerMinutes);
    }

    int weeksOrOne() {
        return weeks == null ? 1 : weeks;
    }
}
