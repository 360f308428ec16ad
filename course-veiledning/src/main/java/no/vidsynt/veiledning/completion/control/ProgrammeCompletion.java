package no.vidsynt.veiledning.completion.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import no.vidsynt.core.catalogue.control.PublishedCourses;
import no.vidsynt.core.enrolment.control.CourseCompletions;
import no.vidsynt.core.progress.control.CourseCompletion;
import no.vidsynt.core.progress.control.ProgressRecorder;
import no.vidsynt.veiledning.logbook.entity.LogEntry;
import no.vidsynt.veiledning.practice.control.PracticeRecord;

/**
 * A trainee's way to completing the programme: the checklist of their cohort, and re-settling the course's completion
 * when a fact behind the programme's rule changes without a unit being completed (a logbook entry written, a practice
 * round attended after the units are done). The core settles a course when a unit is completed; for everything else
 * a module asks it here, through the core's {@link CourseCompletions#settle}.
 */
@ApplicationScoped
public class ProgrammeCompletion {

    @PersistenceContext
    EntityManager em;

    @Inject
    ProgrammeCohorts cohorts;

    @Inject
    PracticeRecord practice;

    @Inject
    PublishedCourses publishedCourses;

    @Inject
    ProgressRecorder progress;

    @Inject
    CourseCompletions completions;

    Clock clock = Clock.systemUTC();

    /** The trainee's checklist in their cohort; empty when they are in no cohort of the programme. */
    public Optional<CompletionChecklist> checklist(long personId) {
        return cohorts.ofTrainee(personId).map(terms -> checklist(personId, terms));
    }

    public CompletionChecklist checklist(long personId, CohortTerms terms) {
        Set<Long> done = progress.doneUnitIds(personId);
        CourseCompletion.Progress units = publishedCourses
                .latest(terms.courseId())
                .map(course -> CourseCompletion.progress(course, done))
                .orElse(new CourseCompletion.Progress(0, 0));
        return CompletionChecklist.of(
                units.done(),
                units.needed(),
                practice.attendedRounds(personId, terms.cohortId()),
                terms.requiredSessions(),
                logbookEntries(personId),
                terms.requiredLogbookEntries());
    }

    /** Entries in the trainee's logbook. */
    public int logbookEntries(long personId) {
        return em.createNamedQuery(LogEntry.COUNT_OF_PERSON, Long.class)
                .setParameter("person", personId)
                .getSingleResult()
                .intValue();
    }

    /**
     * Asks the core to settle the trainee's course again, in the caller's transaction: completes it (and so issues
     * the certificate) when everything is now met. Practice rounds call this when a round is marked attended.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean settle(long personId) {
        return cohorts.ofTrainee(personId)
                .map(terms -> completions.settle(personId, terms.courseId(), clock.instant()))
                .orElse(false);
    }
}
