package no.vidsynt.core.spi;

import java.time.Duration;

/**
 * Background work a module asks the core to run on a timer (a CDI bean named in {@link CourseModule#scheduledJobs()}).
 * The core runs it on every server, with a fixed delay between turns, the first turn some seconds after start-up;
 * a job must therefore be safe to run on several servers at once (conditional updates, row locks). A failing turn
 * is logged and the job runs again at its next turn. Transactions are the job's own ({@code @Transactional} services).
 */
public interface ScheduledJob {

    /** Time between the end of one turn and the start of the next; at least one second. */
    Duration interval();

    void run();
}
