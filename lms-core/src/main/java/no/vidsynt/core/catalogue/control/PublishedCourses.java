package no.vidsynt.core.catalogue.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Reads what learners see: the latest published version of a course. */
@ApplicationScoped
public class PublishedCourses {

    @PersistenceContext
    EntityManager em;

    /** The latest published version of the course, or empty when it was never published. */
    public Optional<PublishedCourse> latest(long courseId) {
        @SuppressWarnings("unchecked")
        List<String> rows = em.createNativeQuery(
                        "SELECT structure FROM course_version WHERE course_id = ?1 ORDER BY version_no DESC")
                .setParameter(1, courseId).setMaxResults(1).getResultList();
        return rows.stream().findFirst().map(PublishedCourseJson::read);
    }
}
