package no.vidsynt.veiledning.practice.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import no.vidsynt.core.people.entity.Person;
import no.vidsynt.core.people.entity.Role;
import no.vidsynt.veiledning.cohort.control.VeiledningCohorts;

/**
 * Who runs a cohort's practice: administrators, and the cohort's trainer. The programme's part of a cohort
 * (the cohort feature's plan) names its trainer; a core cohort without that part yet may be run by any trainer.
 */
@ApplicationScoped
public class CohortTrainers {

    @Inject
    VeiledningCohorts cohorts;

    public boolean mayRun(Person person, long cohortId) {
        if (person.holds(Role.ADMIN)) {
            return true;
        }
        if (!person.holds(Role.TRAINER)) {
            return false;
        }
        return cohorts.plan(cohortId)
                .map(plan -> plan.trainerId() == person.getId())
                .orElse(true);
    }

    /** Refuses as "not found" whoever does not run the cohort. */
    public void requireRuns(Person person, long cohortId) {
        if (!mayRun(person, cohortId)) {
            throw PracticeRefused.notFound();
        }
    }
}
