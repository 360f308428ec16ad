package no.vidsynt.core.selfstudy.quiz.control;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import no.vidsynt.core.selfstudy.quiz.control.QuizDefinition.Option;
import no.vidsynt.core.selfstudy.quiz.control.QuizDefinition.Question;

/**
 * What makes a self-assessment valid before it is saved: at least one question, every question has a text, choice
 * questions have at least two options and a right answer (exactly one for single choice), true/false says which,
 * short text has an accepted answer, a pass mark 0-100, attempts unlimited or at least one. Returns problems as
 * bundle keys with arguments, so pages and the API say the same thing.
 */
public final class QuizValidation {

    public static final int MAX_QUESTIONS = 100;
    public static final int MAX_TEXT = 2_000;

    /** One problem: a key in the selfstudy bundle and its arguments (the question's number first). */
    public record Problem(String key, Object... arguments) {}

    private QuizValidation() {}

    public static List<Problem> problems(QuizDefinition quiz, int passMark, Integer maxAttempts) {
        List<Problem> problems = new ArrayList<>();
        if (passMark < 0 || passMark > 100) {
            problems.add(new Problem("quiz.passMarkRange"));
        }
        if (maxAttempts != null && maxAttempts < 1) {
            problems.add(new Problem("quiz.attemptsRange"));
        }
        if (quiz.questions().isEmpty()) {
            problems.add(new Problem("quiz.noQuestions"));
        }
        if (quiz.questions().size() > MAX_QUESTIONS) {
            problems.add(new Problem("quiz.tooManyQuestions", MAX_QUESTIONS));
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < quiz.questions().size(); i++) {
            Question question = quiz.questions().get(i);
            int number = i + 1;
            if (question.id() == null || question.id().isBlank() || !ids.add(question.id())) {
                problems.add(new Problem("quiz.question.id", number));
            }
            if (question.kind() == null) {
                problems.add(new Problem("quiz.question.kind", number));
                continue;
            }
            if (blank(question.text())) {
                problems.add(new Problem("quiz.question.text", number));
            }
            if (tooLong(question.text()) || tooLong(question.feedbackRight()) || tooLong(question.feedbackWrong())) {
                problems.add(new Problem("quiz.question.tooLong", number, MAX_TEXT));
            }
            switch (question.kind()) {
                case SINGLE_CHOICE, MULTIPLE_CHOICE -> choice(question, number, problems);
                case TRUE_FALSE -> {
                    if (question.correctTrue() == null) {
                        problems.add(new Problem("quiz.question.trueFalse", number));
                    }
                }
                case SHORT_TEXT -> {
                    if (question.acceptedAnswers().stream().allMatch(QuizValidation::blank)) {
                        problems.add(new Problem("quiz.question.accepted", number));
                    }
                }
                default -> {
                    // a scale question needs only its text
                }
            }
        }
        return problems;
    }

    private static void choice(Question question, int number, List<Problem> problems) {
        List<Option> options = question.options();
        if (options.size() < 2) {
            problems.add(new Problem("quiz.question.options", number));
        }
        if (options.stream().anyMatch(option -> blank(option.text()))) {
            problems.add(new Problem("quiz.question.optionText", number));
        }
        if (options.stream().anyMatch(option -> tooLong(option.text()) || tooLong(option.feedback()))) {
            problems.add(new Problem("quiz.question.tooLong", number, MAX_TEXT));
        }
        long correct = options.stream().filter(Option::correct).count();
        if (correct == 0) {
            problems.add(new Problem("quiz.question.noCorrect", number));
        } else if (question.kind() == QuestionKind.SINGLE_CHOICE && correct > 1) {
            problems.add(new Problem("quiz.question.oneCorrect", number));
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static boolean tooLong(String text) {
        return text != null && text.length() > MAX_TEXT;
    }
}
