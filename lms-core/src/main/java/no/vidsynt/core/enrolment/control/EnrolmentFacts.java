package no.vidsynt.core.enrolment.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import no.vidsynt.core.catalogue.control.CourseCatalogue;
import no.vidsynt.core.enrolment.entity.Enrolment;

/**
 * "Is this person enrolled" and "may this person take this unit", defined once by the feature that owns the
 * enrolments ({@link Enrolment#isEnrolled}: active or completed, never withdrawn). Scheduling, self-study, content and
 * the course modules ask here instead of reading the {@code enrolment} table.
 */
@ApplicationScoped
public class EnrolmentFacts {

    @PersistenceContext
    EntityManager em;

    @Inject
    CourseCatalogue catalogue;

    public boolean isEnrolled(long personId, long courseId) {
        return em.createNamedQuery(Enrolment.OF_PERSON_IN_COURSE, Enrolment.class)
                .setParameter("person", personId)
                .setParameter("course", courseId)
                .getResultStream()
                .anyMatch(Enrolment::isEnrolled);
    }

    /** The courses the person is enrolled in. */
    public Set<Long> enrolledCourses(long personId) {
        return em.createNamedQuery(Enrolment.OF_PERSON, Enrolment.class)
                .setParameter("person", personId)
                .getResultStream()
                .filter(Enrolment::isEnrolled)
                .map(Enrolment::getCourseId)
                .collect(Collectors.toSet());
    }

    /** How many of some people are enrolled in a course, have started it and have completed it. */
    public record CourseCounts(long courseId, long enrolled, long started, long completed) {}

    /**
     * Per course (or only the given one), how many of these people are enrolled, have started (any progress, or
     * completed) and have completed it: aggregates for leaders, never one person's details.
     */
    public List<CourseCounts> counts(Collection<Long> personIds, Long courseId) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT e.course_id, COUNT(*), "
                        + "SUM(CASE WHEN e.status = 'COMPLETED' OR e.started_at IS NOT NULL THEN 1 ELSE 0 END), "
                        + "SUM(CASE WHEN e.status = 'COMPLETED' THEN 1 ELSE 0 END) FROM enrolment e "
                        + "WHERE e.status IN ('ACTIVE', 'COMPLETED')"
                        + (courseId == null ? "" : " AND e.course_id = " + courseId)
                        + " AND e.person_id IN ("
                        + String.join(
                                ",", personIds.stream().map(String::valueOf).toList()) + ")"
                        + " GROUP BY e.course_id")
                .getResultList();
        return rows.stream()
                .map(row -> new CourseCounts(number(row[0]), number(row[1]), number(row[2]), number(row[3])))
                .toList();
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    /**
     * Whether the person may take the unit as a learner: the unit exists (not removed) and they are enrolled in its
     * course. Whether it is open yet (its availability rules) is the learning feature's question.
     */
    public boolean mayTake(long personId, long unitId) {
        return catalogue
                .unit(unitId)
                .filter(unit -> !unit.removed())
                .map(unit -> isEnrolled(personId, unit.courseId()))
                .orElse(false);
    }
}
