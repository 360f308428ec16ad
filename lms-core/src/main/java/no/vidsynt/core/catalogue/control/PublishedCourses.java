package no.vidsynt.core.catalogue.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import no.vidsynt.core.catalogue.entity.CourseUnit;

/**
 * Reads what learners see: the latest published version of a course, and a unit's place in it. The one definition of
 * "the published structure" and "a unit's neighbours" for every feature and course module; the draft an author is
 * editing is never what learners follow.
 */
@ApplicationScoped
public class PublishedCourses {

    @PersistenceContext
    EntityManager em;

    /** The latest published version of the course, or empty when it was never published. */
    public Optional<PublishedCourse> latest(long courseId) {
        @SuppressWarnings("unchecked")
        List<String> rows = em.createNativeQuery(
                        "SELECT structure FROM course_version WHERE course_id = ?1 ORDER BY version_no DESC")
                .setParameter(1, courseId)
                .setMaxResults(1)
                .getResultList();
        return rows.stream().findFirst().map(PublishedCourseJson::read);
    }

    /** The published version of the course the unit belongs to, when the unit exists and the course is published. */
    public Optional<PublishedCourse> ofUnit(long unitId) {
        CourseUnit unit = em.find(CourseUnit.class, unitId);
        return unit == null ? Optional.empty() : latest(unit.getCourseId());
    }

    /**
     * The unit learners meet just before this one in the published course (across sections); empty for the first
     * unit, or when the unit is not in the published version (a draft unit, a removed one).
     */
    public Optional<Long> previousUnit(long unitId) {
        return ofUnit(unitId).flatMap(course -> previousUnit(course, unitId));
    }

    /** The unit before this one in the given published course. */
    public static Optional<Long> previousUnit(PublishedCourse course, long unitId) {
        Long previous = null;
        for (PublishedCourse.Unit unit : course.units()) {
            if (unit.id() == unitId) {
                return Optional.ofNullable(previous);
            }
            previous = unit.id();
        }
        return Optional.empty();
    }
}
