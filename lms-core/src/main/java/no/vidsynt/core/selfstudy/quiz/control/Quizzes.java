package no.vidsynt.core.selfstudy.quiz.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import no.vidsynt.core.people.entity.Person;
import no.vidsynt.core.platform.Refusal;
import no.vidsynt.core.selfstudy.InvalidInput;
import no.vidsynt.core.selfstudy.SelfStudyCompletion;
import no.vidsynt.core.selfstudy.SelfStudyUnits;
import no.vidsynt.core.selfstudy.SelfStudyUnits.UnitInfo;
import no.vidsynt.core.selfstudy.quiz.entity.Quiz;
import no.vidsynt.core.selfstudy.quiz.entity.QuizAttempt;

/** Self-assessments: authors' questions, learners' attempts (limited or not), scores and pass/fail. */
@ApplicationScoped
public class Quizzes {

    private static final Jsonb JSON = JsonbBuilder.create();

    /** A quiz as stored: unit, questions, pass mark, attempts (null: unlimited). */
    public record QuizView(UnitInfo unit, QuizDefinition definition, int passMark, Integer maxAttempts) {}

    /** A learner's standing on a quiz: their attempts, whether another may start, the best score. */
    public record Standing(
            List<AttemptView> attempts,
            long used,
            boolean mayStart,
            Integer attemptsLeft,
            BigDecimal bestScore,
            boolean passed,
            AttemptView open) {}

    /** One attempt as its taker sees it. */
    public record AttemptView(
            long id,
            long unitId,
            Instant startedAt,
            Instant submittedAt,
            BigDecimal score,
            Boolean passed,
            Integer timeSpentSeconds,
            QuizResult result) {}

    @PersistenceContext
    EntityManager em;

    @Inject
    SelfStudyUnits units;

    @Inject
    SelfStudyCompletion completion;

    public QuizView quiz(long unitId) {
        UnitInfo unit = units.require(unitId, QuizUnitType.KEY);
        Quiz quiz = em.find(Quiz.class, unitId);
        if (quiz == null) {
            return new QuizView(unit, new QuizDefinition(List.of()), 80, null);
        }
        return new QuizView(
                unit,
                JSON.fromJson(quiz.getDefinition(), QuizDefinition.class),
                quiz.getPassMark(),
                quiz.getMaxAttempts());
    }

    /** Saves the author's quiz when it is valid as a whole; otherwise nothing changes. */
    @Transactional
    public void save(Person editor, long unitId, QuizDefinition definition, int passMark, Integer maxAttempts) {
        UnitInfo unit = units.require(unitId, QuizUnitType.KEY);
        if (!units.mayEdit(editor, unit.courseId())) {
            throw Refusal.forbidden(InvalidInput.StudyTexts.BUNDLE, "refused.notEditor");
        }
        List<QuizValidation.Problem> problems = QuizValidation.problems(definition, passMark, maxAttempts);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems.get(0).key(), problems.get(0).arguments());
        }
        Quiz quiz = em.find(Quiz.class, unitId);
        if (quiz == null) {
            quiz = new Quiz(unitId);
            em.persist(quiz);
        }
        quiz.change(JSON.toJson(definition), passMark, maxAttempts);
    }

    public Standing standing(Person learner, long unitId) {
        QuizView quiz = quiz(unitId);
        List<AttemptView> attempts =
                attempts(learner, unitId).stream().map(Quizzes::view).toList();
        long submitted = attempts.stream().filter(a -> a.submittedAt() != null).count();
        AttemptView open = attempts.stream()
                .filter(a -> a.submittedAt() == null)
                .findFirst()
                .orElse(null);
        BigDecimal best = attempts.stream()
                .map(AttemptView::score)
                .filter(s -> s != null)
                .max(Comparator.naturalOrder())
                .orElse(null);
        boolean passed = attempts.stream().anyMatch(a -> Boolean.TRUE.equals(a.passed()));
        return new Standing(
                attempts,
                submitted,
                open != null || AttemptRules.mayStart(quiz.maxAttempts(), submitted),
                AttemptRules.left(quiz.maxAttempts(), submitted),
                best,
                passed,
                open);
    }

    /** Starts an attempt, or returns the open one; 409 when no attempts are left. */
    @Transactional
    public AttemptView start(Person learner, long unitId) {
        QuizView quiz = quiz(unitId);
        if (quiz.definition().questions().isEmpty()) {
            throw new InvalidInput("quiz.notReady");
        }
        // Lock the learner's row so two tabs cannot start attempts past the limit at the same moment.
        em.find(Person.class, learner.getId(), LockModeType.PESSIMISTIC_WRITE);
        List<QuizAttempt> attempts = attempts(learner, unitId);
        Optional<QuizAttempt> open =
                attempts.stream().filter(QuizAttempt::isOpen).findFirst();
        if (open.isPresent()) {
            return view(open.get());
        }
        long submitted = attempts.size();
        if (!AttemptRules.mayStart(quiz.maxAttempts(), submitted)) {
            throw Refusal.conflict(InvalidInput.StudyTexts.BUNDLE, "quiz.noAttemptsLeft");
        }
        QuizAttempt attempt = new QuizAttempt(learner.getId(), unitId);
        em.persist(attempt);
        em.flush();
        return view(attempt);
    }

    /** Scores and closes the learner's own open attempt; reports the score to progress. */
    @Transactional
    public AttemptView submit(Person learner, long attemptId, List<QuizAnswer> answers) {
        QuizAttempt attempt = em.find(QuizAttempt.class, attemptId, LockModeType.PESSIMISTIC_WRITE);
        if (attempt == null || attempt.getPersonId() != learner.getId()) {
            throw Refusal.notFound(InvalidInput.StudyTexts.BUNDLE, "refused.noSuchAttempt");
        }
        if (!attempt.isOpen()) {
            throw Refusal.conflict(InvalidInput.StudyTexts.BUNDLE, "quiz.alreadySubmitted");
        }
        QuizView quiz = quiz(attempt.getUnitId());
        List<QuizAnswer> given = answers == null ? List.of() : answers;
        if (given.size() > QuizValidation.MAX_QUESTIONS
                || given.stream().anyMatch(a -> a.text() != null && a.text().length() > QuizValidation.MAX_TEXT)) {
            throw new InvalidInput("quiz.answerTooLong", QuizValidation.MAX_TEXT);
        }
        if (!AttemptRules.answeredAny(quiz.definition(), given)) {
            throw new InvalidInput("quiz.noAnswers");
        }
        QuizResult result = QuizScoring.score(quiz.definition(), given, quiz.passMark());
        Instant now = Instant.now();
        Duration spent = AttemptRules.timeSpent(attempt.getStartedAt(), now);
        attempt.submitted(
                now, result.score(), result.passed(), (int) spent.toSeconds(), JSON.toJson(given), JSON.toJson(result));
        completion.scored(learner.getId(), attempt.getUnitId(), result.score(), result.passed(), spent);
        em.flush();
        return view(attempt);
    }

    /** The learner's own attempt; 404 for anyone else's. */
    public AttemptView attempt(Person learner, long attemptId) {
        QuizAttempt attempt = em.find(QuizAttempt.class, attemptId);
        if (attempt == null || attempt.getPersonId() != learner.getId()) {
            throw Refusal.notFound(InvalidInput.StudyTexts.BUNDLE, "refused.noSuchAttempt");
        }
        return view(attempt);
    }

    private List<QuizAttempt> attempts(Person learner, long unitId) {
        return em.createNamedQuery(QuizAttempt.OF_PERSON_AND_UNIT, QuizAttempt.class)
                .setParameter("person", learner.getId())
                .setParameter("unit", unitId)
                .getResultList();
    }

    private static AttemptView view(QuizAttempt attempt) {
        QuizResult result = attempt.getResult() == null ? null : JSON.fromJson(attempt.getResult(), QuizResult.class);
        return new AttemptView(
                attempt.getId(),
                attempt.getUnitId(),
                attempt.getStartedAt(),
                attempt.getSubmittedAt(),
                attempt.getScore(),
                attempt.getPassed(),
                attempt.getTimeSpentSeconds(),
                result);
    }
}
