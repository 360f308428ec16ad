package no.vidsynt.core.scheduling.control;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A session as pages and the API show it: times in Oslo (with their offset), seats, and the caller's own place.
 *
 * @param myStatus the caller's booking status (BOOKED, WAITLISTED, OFFERED, CANCELLED...), or null
 * @param myWaitlistPlace the caller's place in the waitlist (1 = next), or null
 */
public record SessionSummary(
        long id,
        String kind,
        String kindLabel,
        String title,
        String programmeKey,
        Long courseId,
        Long unitId,
        String unitTitle,
        OffsetDateTime start,
        OffsetDateTime end,
        String place,
        String videoLink,
        int capacity,
        long seatsTaken,
        long waiting,
        boolean bookingOpen,
        OffsetDateTime bookingOpens,
        OffsetDateTime bookingCloses,
        OffsetDateTime cancellationDeadline,
        int offerMinutes,
        String status,
        List<String> trainers,
        String myStatus,
        Long myWaitlistPlace,
        OffsetDateTime myOfferExpires)
        implements java.io.Serializable {

    public long seatsLeft() {
        return Math.max(0, capacity - seatsTaken);
    }

    public boolean cancelled() {
        return "CANCELLED".equals(status);
    }

    public boolean full() {
        return seatsTaken >= capacity;
    }
}
