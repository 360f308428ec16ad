package no.vidsynt.core.scheduling.control;

import java.time.OffsetDateTime;

/** One person on a session's roster, as the session's trainers see it (with their notes). */
public record RosterEntry(
        long bookingId,
        long personId,
        String name,
        String email,
        String status,
        Long waitlistPlace,
        OffsetDateTime offerExpires,
        String attendance,
        String note)
        implements java.io.Serializable {}
