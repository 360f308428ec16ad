package no.vidsynt.core.progress.control;

import java.time.Instant;
import no.vidsynt.core.spi.CoreEvent;

/** CDI event: a person met a course's completion rule; fired once, when the completion date is recorded. */
@CoreEvent
public record CourseCompleted(long personId, long courseId, Instant at) {}
