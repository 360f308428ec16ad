package no.vidsynt.core.selfstudy.quiz.control;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** When a learner may start another attempt, and how long an attempt took. Pure. */
public final class AttemptRules {

    /** Time counted for one attempt at most: a tab left open overnight is not eight hours of study. */
    public static final Duration MAX_TIME = Duration.ofHours(2);

    private AttemptRules() {}

    /** Whether one more attempt may start, after {@code submitted} attempts; {@code max} null is unlimited. */
    public static boolean mayStart(Integer max, long submitted) {
        return max == null || submitted < max;
    }

    /** Attempts left, or null when unlimited. */
    public static Integer left(Integer max, long submitted) {
        return max == null ? null : (int) Math.max(0, max - submitted);
    }

    /**
     * Whether the learner answered at least one of the quiz's questions: an attempt handed in blank is refused rather
     * than counted as a 0 % attempt (which would also use up one of a limited number of attempts).
     */
    public static boolean answeredAny(QuizDefinition definition, List<QuizAnswer> answers) {
        Set<String> questions =
                definition.questions().stream().map(QuizDefinition.Question::id).collect(Collectors.toSet());
        return answers != null
                && answers.stream()
                        .filter(answer -> questions.contains(answer.questionId()))
                        .anyMatch(answer -> !answer.selected().isEmpty()
                                || answer.text() != null && !answer.text().isBlank());
    }

    public static Duration timeSpent(Instant started, Instant submitted) {
        Duration spent = Duration.between(started, submitted);
        if (spent.isNegative()) {
            return Duration.ZERO;
        }
        return spent.compareTo(MAX_TIME) > 0 ? MAX_TIME : spent;
    }
}
