package no.vidsynt.core.selfstudy.quiz.control;

import java.time.Duration;
import java.time.Instant;

/** When a learner may start another attempt, and how long an attempt took. Pure. */
public final class AttemptRules {

    /** Time counted for one attempt at most: a tab left open overnight is not eight hours of study. */
    public static final Duration MAX_TIME = Duration.ofHours(2);

    private AttemptRules() {
    }

    /** Whether one more attempt may start, after {@code submitted} attempts; {@code max} null is unlimited. */
    public static boolean mayStart(Integer max, long submitted) {
        return max == null || submitted < max;
    }

    /** Attempts left, or null when unlimited. */
    public static Integer left(Integer max, long submitted) {
        return max == null ? null : (int) Math.max(0, max - submitted);
    }

    public static Duration timeSpent(Instant started, Instant submitted) {
        Duration spent = Duration.between(started, submitted);
        if (spent.isNegative()) {
            return Duration.ZERO;
        }
        return spent.compareTo(MAX_TIME) > 0 ? MAX_TIME : spent;
    }
}
