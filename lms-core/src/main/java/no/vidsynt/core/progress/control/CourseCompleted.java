package no.vidsynt.core.progress.control;

import java.time.Instant;

/** CDI event: a person met a course's completion rule; fired once, when the completion date is recorded. */
public record CourseCompleted(long personId, long courseId, Instant at) {
}
