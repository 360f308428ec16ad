package no.vidsynt.core.selfstudy.quiz.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import no.vidsynt.core.selfstudy.quiz.control.QuizDefinition.Option;
import no.vidsynt.core.selfstudy.quiz.control.QuizDefinition.Question;
import org.junit.jupiter.api.Test;

class QuizScoringTest {

    static final Question SINGLE = new Question(
            "s",
            QuestionKind.SINGLE_CHOICE,
            "Hvem?",
            List.of(new Option("Barnet", true, "Ja, barnet er aktør."), new Option("Systemet", false, "Nei.")),
            null,
            null,
            "Bra!",
            "Se kapittel 2.");
    static final Question MULTI = new Question(
            "m",
            QuestionKind.MULTIPLE_CHOICE,
            "Hvilke?",
            List.of(new Option("A", true, null), new Option("B", true, null), new Option("C", false, "C er feil")),
            null,
            null,
            null,
            null);
    static final Question TRUTH = new Question("t", QuestionKind.TRUE_FALSE, "Sant?", null, true, null, null, null);
    static final Question TEXT = new Question(
            "x", QuestionKind.SHORT_TEXT, "Hva heter det?", null, null, List.of("Barnets prosjekt"), null, null);
    static final Question SCALE =
            new Question("l", QuestionKind.SCALE, "Hvor enig?", null, null, null, "Takk for svaret.", null);
    static final QuizDefinition QUIZ = new QuizDefinition(List.of(SINGLE, MULTI, TRUTH, TEXT, SCALE));

    @Test
    void allRightScoresHundredAndScaleNeverCounts() {
        QuizResult result = QuizScoring.score(
                QUIZ,
                List.of(
                        new QuizAnswer("s", List.of(0), null),
                        new QuizAnswer("m", List.of(1, 0), null),
                        new QuizAnswer("t", List.of(0), null),
                        new QuizAnswer("x", List.of(), "  barnets   PROSJEKT "),
                        new QuizAnswer("l", List.of(2), null)),
                80);
        assertThat(result.score()).isEqualByComparingTo("100");
        assertThat(result.passed()).isTrue();
        assertThat(result.questions())
                .extracting(QuizResult.QuestionResult::right)
                .containsExactly(true, true, true, true, null);
        assertThat(result.questions().get(0).feedback()).containsExactly("Ja, barnet er aktør.", "Bra!");
        assertThat(result.questions().get(4).feedback()).containsExactly("Takk for svaret.");
    }

    @Test
    void multipleChoiceIsRightOnlyWithExactlyTheRightOptions() {
        QuizResult partial = QuizScoring.score(QUIZ, List.of(new QuizAnswer("m", List.of(0), null)), 50);
        QuizResult extra = QuizScoring.score(QUIZ, List.of(new QuizAnswer("m", List.of(0, 1, 2), null)), 50);
        assertThat(partial.questions().get(1).right()).isFalse();
        assertThat(extra.questions().get(1).right()).isFalse();
        assertThat(extra.questions().get(1).feedback()).containsExactly("C er feil");
    }

    @Test
    void scoreIsPercentOfScoredQuestionsAndPassMarkDecides() {
        QuizResult half = QuizScoring.score(
                QUIZ,
                List.of(
                        new QuizAnswer("s", List.of(0), null),
                        new QuizAnswer("t", List.of(0), null),
                        new QuizAnswer("s", List.of(1), null)),
                50);
        assertThat(half.score()).isEqualByComparingTo(new BigDecimal("50.00"));
        assertThat(half.passed()).as("at the pass mark passes").isTrue();
        assertThat(QuizScoring.score(QUIZ, List.of(new QuizAnswer("s", List.of(0), null)), 50)
                        .passed())
                .isFalse();
        QuizResult nothing = QuizScoring.score(QUIZ, List.of(), 0);
        assertThat(nothing.score()).isEqualByComparingTo("0");
        assertThat(nothing.questions()).allSatisfy(q -> assertThat(q.answered()).isFalse());
    }

    @Test
    void wrongAnswersGetTheWrongFeedbackAndUnknownIndexesAreIgnored() {
        QuizResult result = QuizScoring.score(
                QUIZ,
                List.of(
                        new QuizAnswer("s", List.of(1, 99), null),
                        new QuizAnswer("t", List.of(1), null),
                        new QuizAnswer("nope", List.of(0), null)),
                80);
        assertThat(result.questions().get(0).right()).isFalse();
        assertThat(result.questions().get(0).feedback()).containsExactly("Nei.", "Se kapittel 2.");
        assertThat(result.questions().get(2).right()).isFalse();
        assertThat(result.score()).isEqualByComparingTo("0");
    }

    @Test
    void reorderingMovesOneQuestionAndKeepsTheEnds() {
        QuizDefinition moved = QUIZ.move(0, 1);
        assertThat(moved.questions()).extracting(Question::id).containsExactly("m", "s", "t", "x", "l");
        assertThat(QUIZ.move(0, -1)).isSameAs(QUIZ);
        assertThat(QUIZ.move(4, 1)).isSameAs(QUIZ);
    }
}
