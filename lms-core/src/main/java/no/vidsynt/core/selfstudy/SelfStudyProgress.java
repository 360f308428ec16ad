package no.vidsynt.core.selfstudy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import no.vidsynt.core.progress.control.ProgressRecorder;

/**
 * Turns self-study events into progress: a page read or a reflection submitted completes its unit; a quiz attempt
 * records its score, time and verdict. Runs inside the transaction that recorded the event.
 */
@ApplicationScoped
public class SelfStudyProgress {

    @Inject
    ProgressRecorder progress;

    void completed(@Observes SelfStudyCompleted completed) {
        progress.markDone(completed.personId(), completed.unitId());
    }

    void scored(@Observes QuizScored scored) {
        progress.recordScore(scored.personId(), scored.unitId(), scored.score(), scored.passed());
        long seconds =
                scored.timeSpent() == null ? 0 : Math.min(scored.timeSpent().getSeconds(), Integer.MAX_VALUE);
        if (seconds > 0) {
            progress.addTime(scored.personId(), scored.unitId(), (int) seconds);
        }
    }
}
