package no.vidsynt.core.scheduling.control;

import java.time.Instant;
import no.vidsynt.core.spi.CoreEvent;

/**
 * CDI event: a trainer marked a person as attended in a training session. When the session is linked to a course unit
 * ({@code unitId} not null), {@link AttendanceProgress} completes that unit for the person; programmes may follow
 * attendance of any session (a practice round, say).
 */
@CoreEvent
public record SessionAttended(long personId, long sessionId, Long unitId, Instant at) {

    /** Whether the session is linked to a course unit that attendance completes. */
    public boolean completesAUnit() {
        return unitId != null;
    }
}
