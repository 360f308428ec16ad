package no.vidsynt.core.spi;

/**
 * A condition a course of the module's programme must meet, besides its units' completion rule, before it counts as
 * completed ("two practice sessions attended", say). The enrolment feature asks every rule of the course's programme
 * when it settles a person's completion (on a completed unit, and on enrolling); only then. When the facts behind a
 * rule change without a unit being completed (an attendance with no linked unit, a record of the module's own), the
 * module asks the core to settle the course again, inside its own transaction:
 * {@code CourseCompletions.settle(person, course, at)} (enrolment.control), which completes it and fires
 * {@code CourseCompleted} once when everything is met.
 */
public interface CompletionRule {

    /** Whether the person meets this rule in the course. Runs inside the recording transaction. */
    boolean met(long personId, long courseId);
}
