package no.vidsynt.core.selfstudy.quiz.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.vidsynt.core.selfstudy.quiz.control.QuizDefinition.Option;
import no.vidsynt.core.selfstudy.quiz.control.QuizDefinition.Question;
import no.vidsynt.core.selfstudy.quiz.control.QuizResult.QuestionResult;

/**
 * Scores an attempt: one point per scored question answered right (a multiple-choice question is right only when
 * exactly the right options are chosen), the score in percent of the scored questions, passed at or above the pass
 * mark. Scale questions are self-assessment and never count. Pure: no state, no database.
 */
public final class QuizScoring {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private QuizScoring() {}

    public static QuizResult score(QuizDefinition quiz, List<QuizAnswer> answers, int passMark) {
        Map<String, QuizAnswer> byQuestion = (answers == null ? List.<QuizAnswer>of() : answers)
                .stream()
                        .filter(answer -> answer.questionId() != null)
                        .collect(Collectors.toMap(
                                QuizAnswer::questionId, Function.identity(), (first, second) -> first));
        int scored = 0;
        int right = 0;
        List<QuestionResult> results = new ArrayList<>();
        for (Question question : quiz.questions()) {
            QuizAnswer answer = byQuestion.get(question.id());
            boolean answered = isAnswered(question, answer);
            Boolean correct = question.isScored() ? answered && isRight(question, answer) : null;
            if (question.isScored()) {
                scored++;
                if (Boolean.TRUE.equals(correct)) {
                    right++;
                }
            }
            results.add(new QuestionResult(question.id(), answered, correct, feedback(question, answer, correct)));
        }
        BigDecimal score = scored == 0
                ? BigDecimal.ZERO.setScale(2)
                : BigDecimal.valueOf(right)
                        .multiply(HUNDRED)
                        .divide(BigDecimal.valueOf(scored), 2, RoundingMode.HALF_UP);
        return new QuizResult(score, score.compareTo(BigDecimal.valueOf(passMark)) >= 0, results);
    }

    static boolean isAnswered(Question question, QuizAnswer answer) {
        if (answer == null) {
            return false;
        }
        return question.kind() == QuestionKind.SHORT_TEXT
                ? answer.text() != null && !answer.text().isBlank()
                : !answer.selected().isEmpty();
    }

    static boolean isRight(Question question, QuizAnswer answer) {
        switch (question.kind()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
                Set<Integer> chosen = new HashSet<>(answer.selected());
                Set<Integer> correct = new HashSet<>();
                for (int i = 0; i < question.options().size(); i++) {
                    if (question.options().get(i).correct()) {
                        correct.add(i);
                    }
                }
                return chosen.equals(correct);
            }
            case TRUE_FALSE -> {
                boolean saidTrue =
                        answer.selected().size() == 1 && answer.selected().get(0) == 0;
                boolean saidFalse =
                        answer.selected().size() == 1 && answer.selected().get(0) == 1;
                return Boolean.TRUE.equals(question.correctTrue()) ? saidTrue : saidFalse;
            }
            case SHORT_TEXT -> {
                String given = normalise(answer.text());
                return question.acceptedAnswers().stream()
                        .map(QuizScoring::normalise)
                        .anyMatch(given::equals);
            }
            default -> {
                return false;
            }
        }
    }

    private static List<String> feedback(Question question, QuizAnswer answer, Boolean correct) {
        List<String> feedback = new ArrayList<>();
        if (answer != null && question.kind().isChoice()) {
            for (Integer index : answer.selected()) {
                if (index != null && index >= 0 && index < question.options().size()) {
                    Option option = question.options().get(index);
                    if (option.feedback() != null && !option.feedback().isBlank()) {
                        feedback.add(option.feedback());
                    }
                }
            }
        }
        String general = correct == null || correct ? question.feedbackRight() : question.feedbackWrong();
        if (answer != null && general != null && !general.isBlank()) {
            feedback.add(general);
        }
        return feedback;
    }

    static String normalise(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
