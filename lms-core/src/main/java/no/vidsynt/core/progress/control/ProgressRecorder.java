package no.vidsynt.core.progress.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
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
import no.vidsynt.core.catalogue.control.CourseCatalogue;
import no.vidsynt.core.catalogue.control.UnitTypes;
import no.vidsynt.core.progress.entity.UnitProgress;
import no.vidsynt.core.spi.UnitType;

/**
 * Records what people do in units: visits, time spent, "done", scores, attendance and completion reported by content.
 * Quizzes, training sessions and content packages call it; it applies the unit type's completion rule and announces
 * {@link UnitCompleted} exactly once, inside the recording transaction, where the enrolment feature settles the
 * course's completion ({@code CourseCompleted}).
 *
 * <p>Concurrency: {@link LearnerStarted} goes first (the enrolment's row is locked by it), then the progress row is
 * created with an insert that ignores a duplicate key (two first visits at the same moment both succeed, one row
 * results) and locked, so transitions and events happen once.
 */
@ApplicationScoped
public class ProgressRecorder {

    @PersistenceContext
    EntityManager em;

    @Inject
    CourseCatalogue catalogue;

    @Inject
    UnitTypes unitTypes;

    @Inject
    Event<UnitCompleted> unitCompleted;

    @Inject
    Event<LearnerStarted> learnerStarted;

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
    public UnitProgress attended(long personId, long unitId) {
        return complete(personId, unitId);
    }

    /** Ids of the units the person has completed or passed, across all courses. */
    public Set<Long> doneUnitIds(long personId) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT unit_id FROM unit_progress WHERE person_id = ?1"
                        + " AND status IN ('COMPLETED', 'PASSED')")
                .setParameter(1, personId)
                .getResultList();
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
        // The enrolment feature settles the course's completion on this, inside the same transaction.
        unitCompleted.fire(new UnitCompleted(progress.getPersonId(), progress.getCourseId(), progress.getUnitId(), at));
    }

    private void requireCompletion(long unitId, UnitType.Completion expected) {
        CourseCatalogue.UnitRow unit = catalogue
                .unit(unitId)
                .orElseThrow(() -> new IllegalArgumentException("There is no unit " + unitId + "."));
        UnitType.Completion actual =
                unitTypes.byKey(unit.type()).map(UnitType::completion).orElse(null);
        if (actual != expected) {
            throw new IllegalStateException("Unit " + unitId + " of type '" + unit.type() + "' is completed by "
                    + (actual == null ? "an unknown rule" : actual) + ", not by " + expected + ".");
        }
    }

    /**
     * The person's row for the unit, created when missing, locked for this transaction. The enrolment is touched
     * first (its start recorded once), so every path locks the enrolment before the progress rows, as
     * the enrolment feature's {@code CourseCompletions.settle} does: one lock order, no deadlocks between them.
     */
    private UnitProgress lockedRow(long personId, long unitId) {
        CourseCatalogue.UnitRow unit = catalogue
                .unit(unitId)
                .orElseThrow(() -> new IllegalArgumentException("There is no unit " + unitId + "."));
        learnerStarted.fire(new LearnerStarted(personId, unit.courseId(), clock.instant()));
        em.createNativeQuery(
                        "INSERT INTO unit_progress (person_id, unit_id, course_id, status, time_spent_seconds,"
                                + " version) VALUES (?1, ?2, ?3, 'IN_PROGRESS', 0, 1) ON DUPLICATE KEY UPDATE version = version")
                .setParameter(1, personId)
                .setParameter(2, unitId)
                .setParameter(3, unit.courseId())
                .executeUpdate();
        return em.createNamedQuery(UnitProgress.OF_PERSON_AND_UNIT, UnitProgress.class)
                .setParameter("person", personId)
                .setParameter("unit", unitId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getSingleResult();
    }
}
