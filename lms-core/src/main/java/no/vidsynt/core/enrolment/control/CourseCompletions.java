package no.vidsynt.core.enrolment.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import no.vidsynt.core.catalogue.control.PublishedCourse;
import no.vidsynt.core.catalogue.control.PublishedCourses;
import no.vidsynt.core.enrolment.entity.Enrolment;
import no.vidsynt.core.programme.control.CourseModules;
import no.vidsynt.core.progress.control.CourseCompleted;
import no.vidsynt.core.progress.control.CourseCompletion;
import no.vidsynt.core.progress.control.LearnerStarted;
import no.vidsynt.core.progress.control.ProgressFacts;
import no.vidsynt.core.progress.control.UnitCompleted;
import no.vidsynt.core.spi.CompletionRule;

/**
 * A course's completion is its enrolment's: settled when progress announces a completed unit, and when someone is
 * enrolled (again) who already meets it. Decided while holding the enrolment's row lock, reading progress with a
 * locking read, and announced as {@link CourseCompleted} exactly once. Progress asks nothing of the enrolments; it
 * announces, and this feature, which owns the table, writes.
 */
@ApplicationScoped
public class CourseCompletions {

    @PersistenceContext
    EntityManager em;

    @Inject
    PublishedCourses publishedCourses;

    @Inject
    ProgressFacts progress;

    @Inject
    CourseModules modules;

    @Inject
    Event<CourseCompleted> courseCompleted;

    /** The first progress in a course: recorded once, and the enrolment's row locked before the progress rows. */
    void started(@Observes LearnerStarted started) {
        em.createNativeQuery("UPDATE enrolment SET started_at = ?1 WHERE person_id = ?2 AND course_id = ?3"
                        + " AND started_at IS NULL")
                .setParameter(1, LocalDateTime.ofInstant(started.at(), ZoneOffset.UTC))
                .setParameter(2, started.personId())
                .setParameter(3, started.courseId())
                .executeUpdate();
    }

    void unitCompleted(@Observes UnitCompleted completed) {
        settle(completed.personId(), completed.courseId(), completed.at());
    }

    /** Completes the enrolment when the person meets the published course's rule; true when it completed now. */
    public boolean settle(long personId, long courseId, Instant at) {
        em.flush();
        Enrolment enrolment = em.createNamedQuery(Enrolment.OF_PERSON_IN_COURSE, Enrolment.class)
                .setParameter("person", personId)
                .setParameter("course", courseId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst()
                .orElse(null);
        if (enrolment == null || !enrolment.isEnrolled() || enrolment.getCompletedAt() != null) {
            return false;
        }
        var course = publishedCourses.latest(courseId);
        if (course.isEmpty()) {
            return false;
        }
        if (CourseCompletion.isComplete(course.get(), progress.doneUnitIdsLocked(personId, courseId))
                && programmeRulesMet(course.get(), personId)
                && enrolment.complete(at)) {
            em.flush();
            courseCompleted.fire(new CourseCompleted(personId, courseId, at));
            return true;
        }
        return false;
    }

    /** The completion rules the course's programme adds beyond units ({@link CompletionRule}); all must be met. */
    private boolean programmeRulesMet(PublishedCourse course, long personId) {
        for (CompletionRule rule : modules.completionRules(course.programmeKey())) {
            if (!rule.met(personId, course.courseId())) {
                return false;
            }
        }
        return true;
    }
}
