package no.vidsynt.core.selfstudy.quiz.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.vidsynt.core.selfstudy.quiz.control.QuizDefinition.Option;
import no.vidsynt.core.selfstudy.quiz.control.QuizDefinition.Question;
import org.junit.jupiter.api.Test;

class QuizValidationTest {

    private static List<String> keys(QuizDefinition quiz, int passMark, Integer attempts) {
        return QuizValidation.problems(quiz, passMark, attempts).stream()
                .map(QuizValidation.Problem::key)
                .toList();
    }

    @Test
    void aGoodQuizHasNoProblems() {
        assertThat(keys(QuizScoringTest.QUIZ, 80, 3)).isEmpty();
        assertThat(keys(QuizScoringTest.QUIZ, 0, null)).isEmpty();
    }

    @Test
    void aChoiceQuestionWithoutACorrectAnswerIsRefused() {
        Question noCorrect = new Question(
                "a",
                QuestionKind.SINGLE_CHOICE,
                "Hva?",
                List.of(new Option("x", false, null), new Option("y", false, null)),
                null,
                null,
                null,
                null);
        assertThat(keys(new QuizDefinition(List.of(noCorrect)), 80, null)).containsExactly("quiz.question.noCorrect");
        List<QuizValidation.Problem> problems =
                QuizValidation.problems(new QuizDefinition(List.of(noCorrect)), 80, null);
        assertThat(problems.get(0).arguments()).containsExactly(1);
    }

    @Test
    void singleChoiceHasExactlyOneCorrectAndEnoughOptions() {
        Question two = new Question(
                "a",
                QuestionKind.SINGLE_CHOICE,
                "Hva?",
                List.of(new Option("x", true, null), new Option("y", true, null)),
                null,
                null,
                null,
                null);
        Question one = new Question(
                "b",
                QuestionKind.MULTIPLE_CHOICE,
                "Hva?",
                List.of(new Option("x", true, null)),
                null,
                null,
                null,
                null);
        assertThat(keys(new QuizDefinition(List.of(two, one)), 80, null))
                .containsExactly("quiz.question.oneCorrect", "quiz.question.options");
    }

    @Test
    void emptyTextsMissingAnswersAndBadSettingsAreRefused() {
        Question blank = new Question("a", QuestionKind.SCALE, " ", null, null, null, null, null);
        Question truth = new Question("b", QuestionKind.TRUE_FALSE, "Sant?", null, null, null, null, null);
        Question text = new Question("c", QuestionKind.SHORT_TEXT, "Ord?", null, null, List.of(" "), null, null);
        Question duplicate = new Question("c", QuestionKind.SCALE, "Igjen?", null, null, null, null, null);
        assertThat(keys(new QuizDefinition(List.of(blank, truth, text, duplicate)), 101, 0))
                .containsExactly(
                        "quiz.passMarkRange",
                        "quiz.attemptsRange",
                        "quiz.question.text",
                        "quiz.question.trueFalse",
                        "quiz.question.accepted",
                        "quiz.question.id");
        assertThat(keys(new QuizDefinition(List.of()), 80, null)).containsExactly("quiz.noQuestions");
    }
}
