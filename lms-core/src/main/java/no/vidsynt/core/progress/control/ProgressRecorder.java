package no.vidsynt.core.progress.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import no.vidsynt.core.catalogue.control.PublishedCourses;
import no.vidsynt.core.catalogue.control.UnitTypes;
import no.vidsynt.core.enrolment.entity.Enrolment;
import no.vidsynt.core.learning.control.CourseCatalogue;
import no.vidsynt.core.programme.control.CourseModules;
import no.vidsynt.core.progress.entity.UnitProgress;
import no.vidsynt.core.scheduling.control.SessionAttended;
import no.vidsynt.core.spi.CompletionRule;
import no.vidsynt.core.spi.UnitType;

/**
 * Records what people do in units: visits, time spent, "done", scores, attendance and completion reported by content.
 * Quizzes, training sessions and content packages call it; it applies the unit type's completion rule, then the
 * course's and those its programme adds ({@link CompletionRule}), and announces {@link UnitCompleted} and
 * {@link CourseCompleted} exactly once each, inside the recording
 * transaction.
 *
 * <p>Concurrency: the progress row is created with an insert that ignores a duplicate key (two first visits at the
 * same moment both succeed, one row results) and then locked, so transitions and events happen once. The course's
 * completion is decided while holding the enrolment's row lock, reading progress with a locking read.
 */
@ApplicationScoped
public class ProgressRecorder {

    @PersistenceContext
    EntityManager em;

    @Inject
    CourseCatalogue catalogue;

    @Inject
    PublishedCourses publishedCourses;

    @Inject
    UnitTypes unitTypes;

    @Inject
    CourseModules modules;

    @Inject
    Event<UnitCompleted> unitCompleted;

    @Inject
    Event<CourseCompleted> courseCompleted;

    Clock clock = Clock.systemUTC();

    /** The person opened the unit: in progress from now on (unless already done), last visited now. */
    @Transactional
    public UnitProgress visit(long personId, long unitId) {
        UnitProgress progress = lockedRow(personId, unitId);
        progress.visit(clock.instant());
        return progress;
    }

    /** The person marked a "mark as done" unit done. */
    @Transactional
    public UnitProgress markDone(long personId, long unitId) {
        requireCompletion(unitId, UnitType.Completion.MARKED_DONE);
        return complete(personId, unitId);
    }

    /** Content (an e-learning package) reported the unit completed. */
    @Transactional
    public UnitProgress reportCompleted(long personId, long unitId) {
        requireCompletion(unitId, UnitType.Completion.REPORTED);
        return complete(personId, unitId);
    }

    /** A scored attempt: passed at or above the pass mark, failed below; a pass is kept. */
    @Transactional
    public UnitProgress recordScore(long personId, long unitId, BigDecimal score, BigDecimal passMark) {
        requireCompletion(unitId, UnitType.Completion.SCORED);
        UnitProgress progress = lockedRow(personId, unitId);
        Instant now = clock.instant();
        progress.visit(now);
        if (progress.score(score, passMark, now)) {
            announce(progress, now);
        }
        return progress;
    }

    /** A scored attempt judged by the unit itself (a quiz with its own pass mark); a pass is kept. */
    @Transactional
    public UnitProgress recordScore(long personId, long unitId, BigDecimal score, boolean passed) {
        requireCompletion(unitId, UnitType.Completion.SCORED);
        UnitProgress progress = lockedRow(personId, unitId);
        Instant now = clock.instant();
        progress.visit(now);
        if (progress.score(score, passed, now)) {
            announce(progress, now);
        }
        return progress;
    }

    /** Adds time the person spent in the unit. */
    @Transactional
    public UnitProgress addTime(long personId, long unitId, int seconds) {
        UnitProgress progress = lockedRow(personId, unitId);
        progress.addTime(seconds);
        return progress;
    }

    /** A trainer marked the person attended in a training session linked to the unit: the unit is completed. */
    @Transactional
    public void attended(@Observes SessionAttended attended) {
        complete(attended.personId(), attended.unitId());
    }

    /**
     * Checks the course's completion rule for the person and records the completion when it is met (for example
     * when someone re-enrols after finishing every unit). Returns whether it was recorded now.
     */
    @Transactional
    public boolean settleCourse(long personId, long courseId) {
        return settleCourse(personId, courseId, clock.instant());
    }

    /** Ids of the units the person has completed or passed, across all courses. */
    public Set<Long> doneUnitIds(long personId) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT unit_id FROM unit_progress WHERE person_id = ?1"
                + " AND status IN ('COMPLETED', 'PASSED')").setParameter(1, personId).getResultList();
        Set<Long> done = new HashSet<>();
        ids.forEach(id -> done.add(id.longValue()));
        return done;
    }

    private UnitProgress complete(long personId, long unitId) {
        UnitProgress progress = lockedRow(personId, unitId);
        Instant now = clock.instant();
        progress.visit(now);
        if (progress.complete(now)) {
            announce(progress, now);
        }
        return progress;
    }

    private void announce(UnitProgress progress, Instant at) {
        em.flush();
        unitCompleted.fire(new UnitCompleted(progress.getPersonId(), progress.getCourseId(), progress.getUnitId(), at));
        settleCourse(progress.getPersonId(), progress.getCourseId(), at);
    }

    private boolean settleCourse(long personId, long courseId, Instant at) {
        em.flush();
        Enrolment enrolment = em.createNamedQuery(Enrolment.OF_PERSON_IN_COURSE, Enrolment.class)
                .setParameter("person", personId).setParameter("course", courseId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst().orElse(null);
        if (enrolment == null || !enrolment.isEnrolled() || enrolment.getCompletedAt() != null) {
            return false;
        }
        var course = publishedCourses.latest(courseId);
        if (course.isEmpty()) {
            return false;
        }
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT unit_id FROM unit_progress WHERE person_id = ?1"
                        + " AND course_id = ?2 AND status IN ('COMPLETED', 'PASSED') FOR UPDATE")
                .setParameter(1, personId).setParameter(2, courseId).getResultList();
        Set<Long> done = new HashSet<>();
        ids.forEach(id -> done.add(id.longValue()));
        if (CourseCompletion.isComplete(course.get(), done) && programmeRulesMet(course.get(), personId)
                && enrolment.complete(at)) {
            em.flush();
            courseCompleted.fire(new CourseCompleted(personId, courseId, at));
            return true;
        }
        return false;
    }

    /** The completion rules the course's programme adds beyond units ({@link CompletionRule}); all must be met. */
    private boolean programmeRulesMet(no.vidsynt.core.catalogue.control.PublishedCourse course, long personId) {
        for (CompletionRule rule : modules.completionRules(course.programmeKey())) {
            if (!rule.met(personId, course.courseId())) {
                return false;
            }
        }
        return true;
    }

    private void requireCompletion(long unitId, UnitType.Completion expected) {
        CourseCatalogue.UnitRow unit = catalogue.unit(unitId)
                .orElseThrow(() -> new IllegalArgumentException("There is no unit " + unitId + "."));
        UnitType.Completion actual = unitTypes.byKey(unit.type()).map(UnitType::completion).orElse(null);
        if (actual != expected) {
            throw new IllegalStateException("Unit " + unitId + " of type '" + unit.type() + "' is completed by "
                    + (actual == null ? "an unknown rule" : actual) + ", not by " + expected + ".");
        }
    }

    /**
     * The person's row for the unit, created when missing, locked for this transaction. The enrolment is touched
     * first (its start recorded once), so every path locks the enrolment before the progress rows, as
     * {@link #settleCourse} does: one lock order, no deadlocks between them.
     */
    private UnitProgress lockedRow(long personId, long unitId) {
        CourseCatalogue.UnitRow unit = catalogue.unit(unitId)
                .orElseThrow(() -> new IllegalArgumentException("There is no unit " + unitId + "."));
        em.createNativeQuery("UPDATE enrolment SET started_at = ?1 WHERE person_id = ?2 AND course_id = ?3"
                        + " AND started_at IS NULL")
                .setParameter(1, java.time.LocalDateTime.ofInstant(clock.instant(), java.time.ZoneOffset.UTC))
                .setParameter(2, personId).setParameter(3, unit.courseId())
                .executeUpdate();
        em.createNativeQuery("INSERT INTO unit_progress (person_id, unit_id, course_id, status, time_spent_seconds,"
                        + " version) VALUES (?1, ?2, ?3, 'IN_PROGRESS', 0, 1) ON DUPLICATE KEY UPDATE version = version")
                .setParameter(1, personId).setParameter(2, unitId).setParameter(3, unit.courseId())
                .executeUpdate();
        return em.createNamedQuery(UnitProgress.OF_PERSON_AND_UNIT, UnitProgress.class)
                .setParameter("person", personId).setParameter("unit", unitId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getSingleResult();
    }
}
