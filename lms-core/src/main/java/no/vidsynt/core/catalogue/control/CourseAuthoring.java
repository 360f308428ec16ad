package no.vidsynt.core.catalogue.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import no.vidsynt.core.audit.control.AuditLog;
import no.vidsynt.core.catalogue.entity.Course;
import no.vidsynt.core.catalogue.entity.CourseVersion;
import no.vidsynt.core.people.control.People;
import no.vidsynt.core.people.entity.Person;
import no.vidsynt.core.people.entity.Role;
import no.vidsynt.core.programme.control.CourseModules;

/** Creating, describing and deleting courses, and who authors them. */
@ApplicationScoped
public class CourseAuthoring {

    @PersistenceContext
    EntityManager em;

    @Inject
    CourseAccess access;

    @Inject
    CourseModules programmes;

    @Inject
    People people;

    @Inject
    AuditLog audit;

    /** Creates a course in a programme; its creator becomes its first author. */
    @Transactional
    public Course create(Editor editor, String programmeKey, CourseDetails details) {
        List<Violation> problems = new java.util.ArrayList<>(details.problems());
        if (programmeKey == null || programmes.byKey(programmeKey).isEmpty()) {
            problems.add(0, Violation.of("programme", "error.programme.unknown", programmeKey));
        }
        InvalidChange.throwIfAny(problems);
        Course course = new Course(programmeKey, details.title());
        describe(course, details);
        course.addAuthor(editor.personId());
        em.persist(course);
        em.flush();
        audit.record("course.created", "course", course.getId(), "'" + course.getTitle() + "' in " + programmeKey);
        return course;
    }

    /** Changes the course's title, summary, enrolment and completion rule. */
    @Transactional
    public Course update(Editor editor, long courseId, Long expectedVersion, CourseDetails details) {
        InvalidChange.throwIfAny(details.problems());
        Course course = access.forChange(editor, courseId, expectedVersion);
        describe(course, details);
        em.flush();
        return course;
    }

    /** Deletes a course that was never published; published courses have learners' history and stay. */
    @Transactional
    public void delete(Editor editor, long courseId, Long expectedVersion) {
        Course course = access.forChange(editor, courseId, expectedVersion);
        if (course.getPublishedVersion() != null
                || !em.createNamedQuery(CourseVersion.OF_COURSE, CourseVersion.class)
                        .setParameter("course", courseId)
                        .setMaxResults(1)
                        .getResultList()
                        .isEmpty()) {
            throw new InvalidChange(Violation.of("id", "error.delete.published"));
        }
        em.createQuery("DELETE FROM CourseUnit u WHERE u.courseId = :course")
                .setParameter("course", courseId)
                .executeUpdate();
        em.createQuery("DELETE FROM CourseSection s WHERE s.courseId = :course")
                .setParameter("course", courseId)
                .executeUpdate();
        String title = course.getTitle();
        em.remove(course);
        em.flush();
        audit.record("course.deleted", "course", courseId, "'" + title + "'");
    }

    /** Adds an author (an administrator or an author of the course may); the new author must hold the author role. */
    @Transactional
    public Course addAuthor(Editor editor, long courseId, String username) {
        Course course = access.forChange(editor, courseId, null);
        Person author = people.byUsername(username == null ? "" : username.strip())
                .filter(person -> person.getRoles().contains(Role.AUTHOR)
                        || person.getRoles().contains(Role.ADMIN))
                .orElseThrow(() -> new InvalidChange(Violation.of("username", "error.author.unknown", username)));
        course.addAuthor(author.getId());
        em.flush();
        audit.record("course.author-added", "course", courseId, author.getUsername());
        return course;
    }

    /** The courses the editor may edit (all for administrators), by title. */
    public List<Course> editable(Editor editor) {
        if (editor.admin()) {
            return em.createNamedQuery(Course.ALL, Course.class).getResultList();
        }
        return em.createNamedQuery(Course.AUTHORED_BY, Course.class)
                .setParameter("person", editor.personId())
                .getResultList();
    }

    /** The usernames of a course's authors, sorted. */
    public List<String> authorNames(Course course) {
        if (course.getAuthorIds().isEmpty()) {
            return List.of();
        }
        return people.byIds(course.getAuthorIds()).stream()
                .map(Person::getUsername)
                .sorted()
                .toList();
    }

    private static void describe(Course course, CourseDetails details) {
        course.describe(
                details.title(),
                details.summary(),
                details.selfEnrolment(),
                details.completionRule(),
                details.completionCount());
    }
}
