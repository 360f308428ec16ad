package no.vidsynt.core.progress.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import no.vidsynt.core.progress.entity.UnitProgress;

/**
 * "This person's progress in a course" and "has this person done this unit", defined once by the feature that owns
 * {@code unit_progress}: a unit is done when completed or passed ({@link UnitProgress.Status#isDone}). Learning,
 * scheduling and the course modules ask here rather than reading the table.
 */
@ApplicationScoped
public class ProgressFacts {

    @PersistenceContext
    EntityManager em;

    /** The person's progress rows in a course (in every course when {@code courseId} is null), by unit id. */
    public Map<Long, UnitProgress> inCourse(long personId, Long courseId) {
        var query = courseId == null
                ? em.createQuery("SELECT p FROM UnitProgress p WHERE p.personId = :person", UnitProgress.class)
                : em.createNamedQuery(UnitProgress.OF_PERSON_IN_COURSE, UnitProgress.class)
                        .setParameter("course", courseId);
        return query.setParameter("person", personId)
                .getResultStream()
                .collect(Collectors.toMap(UnitProgress::getUnitId, progress -> progress));
    }

    /**
     * The units of the course the person has completed or passed, read with a locking read: for deciding the
     * course's completion inside the transaction that may complete it.
     */
    public Set<Long> doneUnitIdsLocked(long personId, long courseId) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT unit_id FROM unit_progress WHERE person_id = ?1"
                        + " AND course_id = ?2 AND status IN ('COMPLETED', 'PASSED') FOR UPDATE")
                .setParameter(1, personId)
                .setParameter(2, courseId)
                .getResultList();
        Set<Long> done = new HashSet<>();
        ids.forEach(id -> done.add(id.longValue()));
        return done;
    }

    /** Whether the person has completed or passed the unit. */
    public boolean unitDone(long personId, long unitId) {
        return em.createNamedQuery(UnitProgress.OF_PERSON_AND_UNIT, UnitProgress.class)
                .setParameter("person", personId)
                .setParameter("unit", unitId)
                .getResultStream()
                .anyMatch(UnitProgress::isDone);
    }
}
