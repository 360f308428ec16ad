package no.vidsynt.core.spi;

/**
 * A condition a course of the module's programme must meet, besides its units' completion rule, before it counts as
 * completed ("two practice sessions attended", say). The progress feature asks every rule of the course's programme
 * when it settles a person's completion; only then. When the facts behind a rule change without a unit being
 * completed (an attendance with no linked unit, say), the module asks the core to settle the course again
 * ({@code ProgressRecorder.settleCourse(person, course)}).
 */
public interface CompletionRule {

    /** Whether the person meets this rule in the course. Runs inside the recording transaction. */
    boolean met(long personId, long courseId);
}
