package no.vidsynt.core.selfstudy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

/** CDI event: a learner submitted a self-assessment attempt; the score is in percent. */
public record QuizScored(
        long personId, long unitId, BigDecimal score, boolean passed, Duration timeSpent, Instant at) {}
