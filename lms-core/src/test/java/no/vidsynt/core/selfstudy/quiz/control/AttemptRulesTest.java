package no.vidsynt.core.selfstudy.quiz.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttemptRulesTest {

    @Test
    void aLimitCountsSubmittedAttempts() {
        assertThat(AttemptRules.mayStart(2, 0)).isTrue();
        assertThat(AttemptRules.mayStart(2, 1)).isTrue();
        assertThat(AttemptRules.mayStart(2, 2)).isFalse();
        assertThat(AttemptRules.left(2, 1)).isEqualTo(1);
        assertThat(AttemptRules.left(2, 5)).isZero();
    }

    @Test
    void unlimitedNeverRunsOut() {
        assertThat(AttemptRules.mayStart(null, 1_000)).isTrue();
        assertThat(AttemptRules.left(null, 3)).isNull();
    }

    @Test
    void timeSpentIsCappedAndNeverNegative() {
        Instant start = Instant.parse("2026-11-24T08:00:00Z");
        assertThat(AttemptRules.timeSpent(start, start.plusSeconds(95))).isEqualTo(Duration.ofSeconds(95));
        assertThat(AttemptRules.timeSpent(start, start.plus(Duration.ofHours(9))))
                .isEqualTo(AttemptRules.MAX_TIME);
        assertThat(AttemptRules.timeSpent(start, start.minusSeconds(5))).isZero();
    }

    @Test
    void aBlankAttemptIsNotAnAttempt() {
        QuizDefinition quiz = new QuizDefinition(List.of(
                new QuizDefinition.Question(
                        "q1", QuestionKind.TRUE_FALSE, "Sant?", List.of(), true, List.of(), null, null),
                new QuizDefinition.Question(
                        "q2", QuestionKind.SHORT_TEXT, "Hva?", List.of(), null, List.of("x"), null, null)));
        assertThat(AttemptRules.answeredAny(quiz, null)).isFalse();
        assertThat(AttemptRules.answeredAny(quiz, List.of())).isFalse();
        assertThat(AttemptRules.answeredAny(
                        quiz, List.of(new QuizAnswer("q1", List.of(), null), new QuizAnswer("q2", List.of(), "  "))))
                .isFalse();
        assertThat(AttemptRules.answeredAny(quiz, List.of(new QuizAnswer("other", List.of(0), null))))
                .isFalse();
        assertThat(AttemptRules.answeredAny(quiz, List.of(new QuizAnswer("q1", List.of(1), null))))
                .isTrue();
        assertThat(AttemptRules.answeredAny(quiz, List.of(new QuizAnswer("q2", List.of(), "barnet"))))
                .isTrue();
    }
}
