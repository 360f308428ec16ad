package no.vidsynt.core.catalogue.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import no.vidsynt.core.catalogue.entity.Course;
import no.vidsynt.core.catalogue.entity.CourseSection;
import no.vidsynt.core.catalogue.entity.CourseUnit;

/**
 * The one place that decides whether an editor may touch a course (its authors and administrators may; for anyone
 * else it does not exist) and that guards against two people changing it at once: every change raises the course's
 * version, and a change based on an older version is refused.
 */
@ApplicationScoped
public class CourseAccess {

    @PersistenceContext
    EntityManager em;

    /** The course if the editor may edit it. */
    public Course editable(Editor editor, long courseId) {
        Course course = em.find(Course.class, courseId);
        if (course == null || !editor.mayEdit(course.getAuthorIds())) {
            throw new CourseNotFound("course", courseId);
        }
        return course;
    }

    /**
     * The course, ready to be changed: checks the version the editor's change is based on (when given) and makes the
     * change raise the course's version, so that a parallel change to any part of the course fails.
     */
    public Course forChange(Editor editor, long courseId, Long expectedVersion) {
        Course course = editable(editor, courseId);
        if (expectedVersion != null && expectedVersion != course.getVersion()) {
            throw new EditConflict(courseId, expectedVersion, course.getVersion());
        }
        em.lock(course, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return course;
    }

    public List<CourseSection> sections(long courseId) {
        return em.createNamedQuery(CourseSection.OF_COURSE, CourseSection.class)
                .setParameter("course", courseId)
                .getResultList();
    }

    public List<CourseUnit> units(long courseId) {
        return em.createNamedQuery(CourseUnit.OF_COURSE, CourseUnit.class)
                .setParameter("course", courseId)
                .getResultList();
    }

    /** A section of this course that is not removed. */
    public CourseSection section(Course course, long sectionId) {
        CourseSection section = em.find(CourseSection.class, sectionId);
        if (section == null || section.isRemoved() || section.getCourseId() != course.getId()) {
            throw new CourseNotFound("section", sectionId);
        }
        return section;
    }

    /** A unit of this course that is not removed. */
    public CourseUnit unit(Course course, long unitId) {
        CourseUnit unit = em.find(CourseUnit.class, unitId);
        if (unit == null || unit.isRemoved() || unit.getCourseId() != course.getId()) {
            throw new CourseNotFound("unit", unitId);
        }
        return unit;
    }

    /** The course a unit belongs to, if the editor may edit it (for pages that open a unit by its id). */
    public Course courseOfUnit(Editor editor, long unitId) {
        CourseUnit unit = em.find(CourseUnit.class, unitId);
        if (unit == null || unit.isRemoved()) {
            throw new CourseNotFound("unit", unitId);
        }
        return editable(editor, unit.getCourseId());
    }
}
