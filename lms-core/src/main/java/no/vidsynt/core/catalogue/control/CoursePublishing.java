package no.vidsynt.core.catalogue.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import no.vidsynt.core.audit.control.AuditLog;
import no.vidsynt.core.catalogue.entity.Course;
import no.vidsynt.core.catalogue.entity.CourseVersion;

/**
 * Publishing: the draft becomes a new numbered version that learners see from then on. Also tells authors what they
 * have changed since the last publication and lists the versions.
 */
@ApplicationScoped
public class CoursePublishing {

    @PersistenceContext
    EntityManager em;

    @Inject
    CourseAccess access;

    @Inject
    PublishedCourses published;

    @Inject
    AuditLog audit;

    /** Publishes the draft as the next version. */
    @Transactional
    public CourseVersion publish(Editor editor, long courseId, Long expectedVersion) {
        Course course = access.forChange(editor, courseId, expectedVersion);
        int versionNo = versions(courseId).stream()
                        .mapToInt(CourseVersion::getVersionNo)
                        .max()
                        .orElse(0)
                + 1;
        Instant now = Instant.now();
        PublishedCourse structure = draft(course, versionNo, now);
        InvalidChange.throwIfAny(DraftStructure.publishProblems(structure));
        CourseVersion version =
                new CourseVersion(courseId, versionNo, now, editor.username(), PublishedCourseJson.write(structure));
        em.persist(version);
        course.published(versionNo);
        em.flush();
        audit.record(
                "course.published",
                "course",
                courseId,
                "'" + course.getTitle() + "' version " + versionNo + ", "
                        + structure.units().size() + " units");
        return version;
    }

    /** What stops the draft from being published now (nothing published yet, say); empty when it may be published. */
    public List<Violation> publishProblems(Editor editor, long courseId) {
        return DraftStructure.publishProblems(draft(access.editable(editor, courseId), 0, Instant.EPOCH));
    }

    /** The course's versions, newest first. */
    public List<CourseVersion> versions(long courseId) {
        return em.createNamedQuery(CourseVersion.OF_COURSE, CourseVersion.class)
                .setParameter("course", courseId)
                .getResultList();
    }

    /** The versions of a course the editor may edit, newest first. */
    public List<CourseVersion> versions(Editor editor, long courseId) {
        access.editable(editor, courseId);
        return versions(courseId);
    }

    /** What publishing now would change for learners; empty when the draft equals the latest version. */
    public List<DraftChanges.Change> unpublishedChanges(Course course) {
        return DraftChanges.between(published.latest(course.getId()).orElse(null), draft(course, 0, Instant.EPOCH));
    }

    private PublishedCourse draft(Course course, int versionNo, Instant at) {
        return DraftStructure.build(
                course, access.sections(course.getId()), access.units(course.getId()), versionNo, at);
    }
}
