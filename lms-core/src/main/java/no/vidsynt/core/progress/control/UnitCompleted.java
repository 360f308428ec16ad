package no.vidsynt.core.progress.control;

import java.time.Instant;
import no.vidsynt.core.spi.CoreEvent;

/**
 * CDI event: a person completed (or passed) a unit. Course modules and other features observe it; the progress
 * feature fires it once per unit and person, inside the transaction that recorded the completion.
 */
@CoreEvent
public record UnitCompleted(long personId, long courseId, long unitId, Instant at) {}
