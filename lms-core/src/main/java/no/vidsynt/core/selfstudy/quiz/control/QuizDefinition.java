package no.vidsynt.core.selfstudy.quiz.control;

import java.util.ArrayList;
import java.util.List;

/**
 * A self-assessment's questions, stored as JSON in {@code ss_quiz.definition}. Questions keep a stable id, so that
 * reordering them never confuses answers given earlier.
 *
 * @param questions the questions in the order learners see them
 */
public record QuizDefinition(List<Question> questions) {

    public QuizDefinition {
        questions = questions == null ? List.of() : List.copyOf(questions);
    }

    /**
     * One question.
     *
     * @param id stable id
     * @param kind the kind
     * @param text the question
     * @param options the options of a choice question (empty for others)
     * @param correctTrue for {@link QuestionKind#TRUE_FALSE}: whether the statement is true
     * @param acceptedAnswers for {@link QuestionKind#SHORT_TEXT}: answers counted as right
     * @param feedbackRight shown after a right answer (and after a scale answer)
     * @param feedbackWrong shown after a wrong answer
     */
    public record Question(
            String id,
            QuestionKind kind,
            String text,
            List<Option> options,
            Boolean correctTrue,
            List<String> acceptedAnswers,
            String feedbackRight,
            String feedbackWrong) {

        public Question {
            options = options == null ? List.of() : List.copyOf(options);
            acceptedAnswers = acceptedAnswers == null ? List.of() : List.copyOf(acceptedAnswers);
        }

        /** Whether the question counts for the score. */
        public boolean isScored() {
            return kind != QuestionKind.SCALE;
        }
    }

    /** An option of a choice question, with the feedback a learner who chose it sees. */
    public record Option(String text, boolean correct, String feedback) {}

    /** The same questions with one moved up (-1) or down (+1); unchanged at the ends. */
    public QuizDefinition move(int index, int direction) {
        int target = index + direction;
        if (index < 0 || index >= questions.size() || target < 0 || target >= questions.size()) {
            return this;
        }
        List<Question> moved = new ArrayList<>(questions);
        moved.add(target, moved.remove(index));
        return new QuizDefinition(moved);
    }
}
