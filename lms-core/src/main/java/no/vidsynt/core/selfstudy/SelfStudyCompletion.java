package no.vidsynt.core.selfstudy;

import java.math.BigDecimal;
import java.time.Duration;

/**
 * How the self-study unit types report that a learner finished a unit. The implementation records it in the
 * feature's own table and fires {@link SelfStudyCompleted} or {@link QuizScored}, so that progress can follow without
 * the unit types knowing how progress is kept.
 */
public interface SelfStudyCompletion {

    /** The learner completed a page (marked done or reached its end) or submitted a reflection. */
    void completed(long personId, long unitId);

    /** The learner submitted a quiz attempt. */
    void scored(long personId, long unitId, BigDecimal score, boolean passed, Duration timeSpent);
}
