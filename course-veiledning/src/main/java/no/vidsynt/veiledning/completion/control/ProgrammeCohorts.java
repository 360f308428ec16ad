package no.vidsynt.veiledning.completion.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import no.vidsynt.core.catalogue.control.CourseCatalogue;
import no.vidsynt.core.enrolment.control.Enrolments;
import no.vidsynt.core.enrolment.entity.Enrolment;
import no.vidsynt.core.people.entity.Person;
import no.vidsynt.core.people.entity.Role;
import no.vidsynt.veiledning.VeiledningModule;
import no.vidsynt.veiledning.cohort.control.VeiledningCohorts;

/**
 * Which cohort a trainee is in and what it asks of them, read from the core's enrolment (the person's cohort in a
 * course) and the cohort feature's plan of it ({@link VeiledningCohorts}), in the terms completion needs.
 */
@ApplicationScoped
public class ProgrammeCohorts {

    @Inject
    VeiledningCohorts cohorts;

    @Inject
    Enrolments enrolments;

    @Inject
    CourseCatalogue catalogue;

    /** The programme's terms of a cohort; empty when the cohort is not one of the programme's. */
    public Optional<CohortTerms> terms(long cohortId) {
        return cohorts.plan(cohortId)
                .map(plan -> new CohortTerms(
                        plan.cohortId(),
                        plan.courseId(),
                        plan.name(),
                        plan.startDate(),
                        plan.endDate(),
                        plan.trainerId(),
                        plan.requiredSessions(),
                        plan.requiredLogbookEntries(),
                        plan.hours()));
    }

    /** The trainee's cohort in one course of the programme. */
    public Optional<CohortTerms> ofTrainee(long personId, long courseId) {
        return enrolments
                .of(personId, courseId)
                .filter(Enrolment::isEnrolled)
                .map(Enrolment::getCohortId)
                .flatMap(this::terms);
    }

    /** The trainee's cohort: the latest enrolment of theirs that placed them in one of the programme's cohorts. */
    public Optional<CohortTerms> ofTrainee(long personId) {
        return enrolments.of(personId).stream()
                .filter(Enrolment::isEnrolled)
                .filter(enrolment -> enrolment.getCohortId() != null)
                .map(enrolment -> terms(enrolment.getCohortId()))
                .flatMap(Optional::stream)
                .findFirst();
    }

    /** Whether the person is enrolled in a course of the programme: the people who keep a supervision logbook. */
    public boolean isTrainee(long personId) {
        return enrolments.of(personId).stream()
                .filter(Enrolment::isEnrolled)
                .anyMatch(enrolment -> catalogue
                        .programmeOf(enrolment.getCourseId())
                        .filter(VeiledningModule.KEY::equals)
                        .isPresent());
    }

    /** Whether the person trains the trainee's cohort, or administers the platform. */
    public boolean trains(Person person, long traineeId) {
        if (person.holds(Role.ADMIN)) {
            return true;
        }
        return ofTrainee(traineeId)
                .map(terms -> terms.trainerId() == person.getId())
                .orElse(false);
    }

    /** The programme's cohorts the person trains; every one of them for an administrator. */
    public List<Long> trainedBy(Person person) {
        return cohorts.all().stream()
                .filter(plan -> person.holds(Role.ADMIN) || plan.trainerId() == person.getId())
                .map(VeiledningCohorts.Plan::cohortId)
                .toList();
    }
}
