package no.vidsynt.core.selfstudy.quiz.control;

import java.util.List;

/**
 * A learner's answer to one question.
 *
 * @param questionId the question's id
 * @param selected chosen option indexes (choice); {@code [0]} true or {@code [1]} false (true/false); {@code [n]} the
 *        chosen value 1-5 (scale)
 * @param text the written answer (short text)
 */
public record QuizAnswer(String questionId, List<Integer> selected, String text) {

    public QuizAnswer {
        selected = selected == null ? List.of() : List.copyOf(selected);
    }
}
