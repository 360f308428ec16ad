package no.vidsynt.veiledning.practice.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import no.vidsynt.core.people.entity.Person;
import no.vidsynt.core.people.entity.Role;

/**
 * Who runs a cohort's practice: administrators, and the cohort's trainer. The programme's part of a cohort
 * ({@code veiledning_cohort}) names its trainer; a core cohort without that part yet may be run by any trainer.
 */
@ApplicationScoped
public class CohortTrainers {

    @PersistenceContext
    EntityManager em;

    public boolean mayRun(Person person, long cohortId) {
        if (person.holds(Role.ADMIN)) {
            return true;
        }
        if (!person.holds(Role.TRAINER)) {
            return false;
        }
        @SuppressWarnings("unchecked")
        List<Number> trainers = em.createNativeQuery("SELECT trainer_id FROM veiledning_cohort WHERE cohort_id = ?1")
                .setParameter(1, cohortId)
                .getResultList();
        return trainers.isEmpty() || trainers.get(0).longValue() == person.getId();
    }

    /** Refuses as "not found" whoever does not run the cohort. */
    public void requireRuns(Person person, long cohortId) {
        if (!mayRun(person, cohortId)) {
            throw PracticeRefused.notFound();
        }
    }
}
