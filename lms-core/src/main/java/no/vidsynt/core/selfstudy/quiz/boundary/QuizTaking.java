package no.vidsynt.core.selfstudy.quiz.boundary;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.vidsynt.core.platform.Refusal;
import no.vidsynt.core.selfstudy.Caller;
import no.vidsynt.core.selfstudy.InvalidInput;
import no.vidsynt.core.selfstudy.StudyFaces;
import no.vidsynt.core.selfstudy.quiz.control.QuestionKind;
import no.vidsynt.core.selfstudy.quiz.control.QuizAnswer;
import no.vidsynt.core.selfstudy.quiz.control.QuizDefinition.Question;
import no.vidsynt.core.selfstudy.quiz.control.QuizResult.QuestionResult;
import no.vidsynt.core.selfstudy.quiz.control.Quizzes;
import no.vidsynt.core.selfstudy.quiz.control.Quizzes.AttemptView;
import no.vidsynt.core.selfstudy.quiz.control.Quizzes.QuizView;
import no.vidsynt.core.selfstudy.quiz.control.Quizzes.Standing;

/** Backs the learner's self-assessment fragment: standing, starting an attempt, answering, the result. */
@Named
@ViewScoped
public class QuizTaking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Quizzes quizzes;

    @Inject
    Caller caller;

    private Long unitId;
    private boolean missing;
    private Long attemptId;
    private Long lastResultId;
    /** Single choice, true/false, scale (the chosen index or value) and short text, by question id. */
    private final Map<String, String> chosen = new HashMap<>();
    /** Multiple choice: the chosen option indexes, by question id. */
    private final Map<String, Object> many = new HashMap<>();

    private transient QuizView quiz;
    private transient Standing standing;

    public void open(Object unit) {
        if (unitId != null || missing) {
            return;
        }
        Long id = StudyFaces.unitId(unit);
        if (id == null) {
            missing = true;
            return;
        }
        try {
            quiz = quizzes.quiz(id);
            unitId = id;
            AttemptView open = getStanding().open();
            attemptId = open == null ? null : open.id();
        } catch (Refusal notFound) {
            missing = true;
        }
    }

    public void start() {
        try {
            AttemptView attempt = quizzes.start(caller.person(), unitId);
            attemptId = attempt.id();
            lastResultId = null;
            chosen.clear();
            many.clear();
        } catch (Refusal refused) {
            StudyFaces.error(null, refused);
        }
        standing = null;
    }

    public void submit() {
        try {
            AttemptView result = quizzes.submit(caller.person(), attemptId, answers());
            lastResultId = result.id();
            attemptId = null;
            StudyFaces.info(
                    null,
                    Boolean.TRUE.equals(result.passed()) ? "quiz.passedMessage" : "quiz.failedMessage",
                    result.score());
        } catch (InvalidInput problem) {
            StudyFaces.error(null, problem);
            StudyFaces.validationFailed();
        } catch (Refusal gone) {
            StudyFaces.error(null, "quiz.alreadySubmitted");
            attemptId = null;
        }
        standing = null;
    }

    private List<QuizAnswer> answers() {
        List<QuizAnswer> answers = new ArrayList<>();
        for (Question question : getQuiz().definition().questions()) {
            String id = question.id();
            if (question.kind() == QuestionKind.MULTIPLE_CHOICE) {
                answers.add(new QuizAnswer(id, indexes(many.get(id)), null));
            } else if (question.kind() == QuestionKind.SHORT_TEXT) {
                answers.add(new QuizAnswer(id, List.of(), chosen.get(id)));
            } else {
                answers.add(new QuizAnswer(id, indexes(chosen.get(id)), null));
            }
        }
        return answers;
    }

    static List<Integer> indexes(Object value) {
        Collection<?> values = value == null
                ? List.of()
                : value instanceof Object[] array
                        ? Arrays.asList(array)
                        : value instanceof Collection<?> collection ? collection : List.of(value);
        List<Integer> indexes = new ArrayList<>();
        for (Object item : values) {
            try {
                if (item != null && !item.toString().isBlank()) {
                    indexes.add(Integer.valueOf(item.toString().strip()));
                }
            } catch (NumberFormatException ignored) {
                // not an option: ignored, so the question counts as unanswered
            }
        }
        return indexes;
    }

    public QuizView getQuiz() {
        if (quiz == null && unitId != null) {
            quiz = quizzes.quiz(unitId);
        }
        return quiz;
    }

    public Standing getStanding() {
        if (standing == null && unitId != null) {
            standing = quizzes.standing(caller.person(), unitId);
        }
        return standing;
    }

    /** The attempt just submitted, to show its result and feedback. */
    public AttemptView getLastResult() {
        if (lastResultId == null) {
            return null;
        }
        return getStanding().attempts().stream()
                .filter(a -> a.id() == lastResultId)
                .findFirst()
                .orElse(null);
    }

    public Optional<QuestionResult> resultOf(String questionId) {
        AttemptView last = getLastResult();
        if (last == null || last.result() == null) {
            return Optional.empty();
        }
        return last.result().questions().stream()
                .filter(r -> r.questionId().equals(questionId))
                .findFirst();
    }

    public QuestionResult result(String questionId) {
        return resultOf(questionId).orElse(null);
    }

    public boolean isAnswering() {
        return attemptId != null;
    }

    public boolean isMissing() {
        return missing;
    }

    public Long getUnitId() {
        return unitId;
    }

    public Map<String, String> getChosen() {
        return chosen;
    }

    public Map<String, Object> getMany() {
        return many;
    }

    /** The choices of a question as select items: option indexes, 0/1 for true/false, 1-5 for a scale. */
    public List<SelectItem> items(Question question) {
        return choices(question);
    }

    /** Shared with the author's preview. */
    public static List<SelectItem> choices(Question question) {
        java.util.Locale locale = StudyFaces.locale();
        List<SelectItem> items = new ArrayList<>();
        switch (question.kind()) {
            case TRUE_FALSE -> {
                items.add(new SelectItem("0", InvalidInput.StudyTexts.text(locale, "quiz.true")));
                items.add(new SelectItem("1", InvalidInput.StudyTexts.text(locale, "quiz.false")));
            }
            case SCALE -> {
                for (int value = 1; value <= 5; value++) {
                    items.add(new SelectItem(
                            String.valueOf(value), InvalidInput.StudyTexts.text(locale, "quiz.scale." + value)));
                }
            }
            default -> {
                for (int i = 0; i < question.options().size(); i++) {
                    items.add(new SelectItem(
                            String.valueOf(i), question.options().get(i).text()));
                }
            }
        }
        return items;
    }
}
