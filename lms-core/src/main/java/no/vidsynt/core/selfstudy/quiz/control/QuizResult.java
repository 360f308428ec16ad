package no.vidsynt.core.selfstudy.quiz.control;

import java.math.BigDecimal;
import java.util.List;

/**
 * The outcome of one attempt.
 *
 * @param score percent of the scored questions answered right, two decimals
 * @param passed whether the score reached the pass mark
 * @param questions per question: right or wrong (null when not scored or not answered) and the feedback to show
 */
public record QuizResult(BigDecimal score, boolean passed, List<QuestionResult> questions) {

    /** One question's outcome. */
    public record QuestionResult(String questionId, boolean answered, Boolean right, List<String> feedback) {}
}
