package no.vidsynt.core.selfstudy.quiz.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import no.vidsynt.core.platform.Refusal;
import no.vidsynt.core.selfstudy.Caller;
import no.vidsynt.core.selfstudy.InvalidInput;
import no.vidsynt.core.selfstudy.SelfStudyUnits;
import no.vidsynt.core.selfstudy.StudyFaces;
import no.vidsynt.core.selfstudy.quiz.control.QuestionKind;
import no.vidsynt.core.selfstudy.quiz.control.QuizDefinition;
import no.vidsynt.core.selfstudy.quiz.control.QuizValidation;
import no.vidsynt.core.selfstudy.quiz.control.Quizzes;
import no.vidsynt.core.selfstudy.quiz.control.Quizzes.QuizView;

/**
 * Backs the author's self-assessment builder: questions of every kind, options with feedback, reordering with up and
 * down buttons, pass mark and attempts, a preview as the learner will see it. Saved only when valid as a whole.
 */
@Named
@ViewScoped
public class QuizEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    /** An option being edited. */
    public static final class EditOption implements Serializable {
        private static final long serialVersionUID = 1L;
        private String text;
        private boolean correct;
        private String feedback;

        EditOption(String text, boolean correct, String feedback) {
            this.text = text;
            this.correct = correct;
            this.feedback = feedback;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        public boolean isCorrect() {
            return correct;
        }

        public void setCorrect(boolean correct) {
            this.correct = correct;
        }

        public String getFeedback() {
            return feedback;
        }

        public void setFeedback(String feedback) {
            this.feedback = feedback;
        }
    }

    /** A question being edited. */
    public static final class EditQuestion implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String id;
        private QuestionKind kind;
        private String text;
        private final List<EditOption> options = new ArrayList<>();
        private String correctTrue = "true";
        private String accepted;
        private String feedbackRight;
        private String feedbackWrong;

        EditQuestion(String id, QuestionKind kind) {
            this.id = id;
            this.kind = kind;
        }

        static EditQuestion of(QuizDefinition.Question question) {
            EditQuestion edit = new EditQuestion(question.id(), question.kind());
            edit.text = question.text();
            question.options().forEach(o -> edit.options.add(new EditOption(o.text(), o.correct(), o.feedback())));
            edit.correctTrue = question.correctTrue() == null
                    ? "true"
                    : question.correctTrue().toString();
            edit.accepted = String.join("\n", question.acceptedAnswers());
            edit.feedbackRight = question.feedbackRight();
            edit.feedbackWrong = question.feedbackWrong();
            return edit;
        }

        QuizDefinition.Question toQuestion() {
            List<QuizDefinition.Option> opts = kind.isChoice()
                    ? options.stream()
                            .map(o -> new QuizDefinition.Option(o.text, o.correct, o.feedback))
                            .toList()
                    : List.of();
            List<String> acceptedAnswers = kind == QuestionKind.SHORT_TEXT && accepted != null
                    ? Arrays.stream(accepted.split("\\R"))
                            .map(String::strip)
                            .filter(s -> !s.isEmpty())
                            .toList()
                    : List.of();
            Boolean truth = kind == QuestionKind.TRUE_FALSE ? Boolean.valueOf(correctTrue) : null;
            return new QuizDefinition.Question(
                    id, kind, text, opts, truth, acceptedAnswers, feedbackRight, feedbackWrong);
        }

        public String getId() {
            return id;
        }

        public QuestionKind getKind() {
            return kind;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        public List<EditOption> getOptions() {
            return options;
        }

        public String getCorrectTrue() {
            return correctTrue;
        }

        public void setCorrectTrue(String correctTrue) {
            this.correctTrue = correctTrue;
        }

        public String getAccepted() {
            return accepted;
        }

        public void setAccepted(String accepted) {
            this.accepted = accepted;
        }

        public String getFeedbackRight() {
            return feedbackRight;
        }

        public void setFeedbackRight(String feedbackRight) {
            this.feedbackRight = feedbackRight;
        }

        public String getFeedbackWrong() {
            return feedbackWrong;
        }

        public void setFeedbackWrong(String feedbackWrong) {
            this.feedbackWrong = feedbackWrong;
        }
    }

    @Inject
    Quizzes quizzes;

    @Inject
    SelfStudyUnits units;

    @Inject
    Caller caller;

    private Long unitId;
    private boolean allowed;
    private String title;
    private final List<EditQuestion> questions = new ArrayList<>();
    private int passMark = 80;
    private Integer maxAttempts;
    private QuestionKind newKind = QuestionKind.SINGLE_CHOICE;
    private boolean preview;

    public void open(Object unit) {
        if (unitId != null) {
            return;
        }
        Long id = StudyFaces.unitId(unit);
        if (id == null) {
            return;
        }
        try {
            QuizView quiz = quizzes.quiz(id);
            allowed = units.mayEdit(caller.person(), quiz.unit().courseId());
            unitId = id;
            title = quiz.unit().title();
            passMark = quiz.passMark();
            maxAttempts = quiz.maxAttempts();
            quiz.definition().questions().forEach(q -> questions.add(EditQuestion.of(q)));
        } catch (Refusal notFound) {
            allowed = false;
        }
    }

    public void addQuestion() {
        EditQuestion question = new EditQuestion(UUID.randomUUID().toString(), newKind);
        if (newKind.isChoice()) {
            question.options.add(new EditOption("", false, ""));
            question.options.add(new EditOption("", false, ""));
        }
        questions.add(question);
    }

    public void removeQuestion(int index) {
        if (index >= 0 && index < questions.size()) {
            questions.remove(index);
        }
    }

    public void move(int index, int direction) {
        int target = index + direction;
        if (index >= 0 && index < questions.size() && target >= 0 && target < questions.size()) {
            questions.add(target, questions.remove(index));
        }
    }

    public void addOption(EditQuestion question) {
        question.options.add(new EditOption("", false, ""));
    }

    public void removeOption(EditQuestion question, int index) {
        if (index >= 0 && index < question.options.size()) {
            question.options.remove(index);
        }
    }

    public void save() {
        QuizDefinition definition = definition();
        List<QuizValidation.Problem> problems = QuizValidation.problems(definition, passMark, maxAttempts);
        if (!problems.isEmpty()) {
            problems.forEach(problem -> StudyFaces.error(null, problem.key(), problem.arguments()));
            StudyFaces.validationFailed();
            return;
        }
        try {
            quizzes.save(caller.person(), unitId, definition, passMark, maxAttempts);
            StudyFaces.info(null, "author.saved");
        } catch (InvalidInput problem) {
            StudyFaces.error(null, problem);
            StudyFaces.validationFailed();
        }
    }

    public QuizDefinition definition() {
        return new QuizDefinition(
                questions.stream().map(EditQuestion::toQuestion).toList());
    }

    public void togglePreview() {
        preview = !preview;
    }

    public List<QuestionKind> getKinds() {
        return List.of(QuestionKind.values());
    }

    public boolean isAllowed() {
        return allowed;
    }

    public Long getUnitId() {
        return unitId;
    }

    public String getTitle() {
        return title;
    }

    public List<EditQuestion> getQuestions() {
        return questions;
    }

    public int getPassMark() {
        return passMark;
    }

    public void setPassMark(int passMark) {
        this.passMark = passMark;
    }

    public Integer getMaxAttempts() {
        return maxAttempts;
    }

    public void setMaxAttempts(Integer maxAttempts) {
        this.maxAttempts = maxAttempts;
    }

    public QuestionKind getNewKind() {
        return newKind;
    }

    public void setNewKind(QuestionKind newKind) {
        this.newKind = newKind;
    }

    public boolean isPreview() {
        return preview;
    }

    public List<Integer> getScale() {
        return List.of(1, 2, 3, 4, 5);
    }
}
