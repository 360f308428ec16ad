package no.vidsynt.core.scheduling.control;

import java.time.Instant;
import no.vidsynt.core.spi.CoreEvent;

/**
 * CDI event: a trainer marked a person as attended in a training session linked to a course unit.
 * {@link AttendanceProgress} completes that unit for the person.
 */
@CoreEvent
public record SessionAttended(long personId, long sessionId, long unitId, Instant at) {}
