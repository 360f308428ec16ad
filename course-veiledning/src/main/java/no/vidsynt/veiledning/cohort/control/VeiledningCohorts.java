package no.vidsynt.veiledning.cohort.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.vidsynt.core.enrolment.control.Enrolments;
import no.vidsynt.core.enrolment.entity.Cohort;
import no.vidsynt.core.people.control.People;
import no.vidsynt.core.people.entity.Person;
import no.vidsynt.veiledning.cohort.entity.Candidacy;
import no.vidsynt.veiledning.cohort.entity.CandidacyStatus;
import no.vidsynt.veiledning.cohort.entity.CohortPlan;

/**
 * The one place the rest of the programme asks about cohorts (groups, logbook, completion, certificate): which cohort
 * a person is admitted to, a cohort's plan and requirements, and who its trainees are. Read only.
 */
@ApplicationScoped
public class VeiledningCohorts {

    @PersistenceContext
    EntityManager em;

    @Inject
    Enrolments enrolments;

    @Inject
    People people;

    /**
     * A cohort with its plan: period, trainer, seats (and how many are admitted and waiting), the plan's text, the
     * practice sessions (N) and logbook entries (M) completing it takes, and the hours its certificate states.
     */
    public record Plan(
            long cohortId,
            long courseId,
            String name,
            LocalDate startDate,
            LocalDate endDate,
            long trainerId,
            String trainerName,
            int seats,
            long admitted,
            long waitlisted,
            String plan,
            int requiredSessions,
            int requiredLogbookEntries,
            int hours) {

        public boolean isFull() {
            return admitted >= seats;
        }
    }

    /** The cohort the person is admitted to (their open candidacy's), if any. */
    public Optional<Long> cohortOf(long personId) {
        return em.createNamedQuery(Candidacy.OF_PERSON, Candidacy.class)
                .setParameter("person", personId)
                .getResultStream()
                .filter(candidacy -> candidacy.getStatus() == CandidacyStatus.ADMITTED)
                .map(Candidacy::getCohortId)
                .findFirst();
    }

    /** The cohort's plan, if it is one of the programme's cohorts. */
    public Optional<Plan> plan(long cohortId) {
        CohortPlan plan = em.find(CohortPlan.class, cohortId);
        Cohort cohort = em.find(Cohort.class, cohortId);
        if (plan == null || cohort == null) {
            return Optional.empty();
        }
        return Optional.of(plan(cohort, plan, counts().getOrDefault(cohortId, new long[2])));
    }

    /** Every cohort of the programme, the latest start first. */
    public List<Plan> all() {
        Map<Long, long[]> counts = counts();
        return em.createQuery("SELECT p FROM CohortPlan p", CohortPlan.class).getResultList().stream()
                .map(plan -> {
                    Cohort cohort = em.find(Cohort.class, plan.getCohortId());
                    return cohort == null
                            ? null
                            : plan(cohort, plan, counts.getOrDefault(plan.getCohortId(), new long[2]));
                })
                .filter(java.util.Objects::nonNull)
                .sorted(Comparator.comparing(Plan::startDate)
                        .reversed()
                        .thenComparing(Plan::cohortId, Comparator.reverseOrder()))
                .toList();
    }

    /** The people admitted to the cohort, by candidacy order. */
    public List<Long> trainees(long cohortId) {
        return em.createNamedQuery(Candidacy.IN_COHORT, Candidacy.class)
                .setParameter("cohort", cohortId)
                .setParameter("status", CandidacyStatus.ADMITTED)
                .getResultStream()
                .map(Candidacy::getPersonId)
                .toList();
    }

    /** The programme's cohort, or "not found". */
    public Plan require(long cohortId) {
        return plan(cohortId)
                .orElseThrow(() -> CohortRefusal.of(CohortRefusal.Kind.NOT_FOUND, "cohort.refused.noCohort", cohortId));
    }

    private Plan plan(Cohort cohort, CohortPlan plan, long[] counts) {
        String trainer =
                people.byId(plan.getTrainerId()).map(Person::getDisplayName).orElse("");
        return new Plan(
                cohort.getId(),
                cohort.getCourseId(),
                cohort.getName(),
                cohort.getStartDate(),
                plan.getEndDate(),
                plan.getTrainerId(),
                trainer,
                plan.getSeats(),
                counts[0],
                counts[1],
                plan.getPlan(),
                plan.getRequiredSessions(),
                plan.getRequiredLogbookEntries(),
                plan.getHours());
    }

    /** Admitted and waiting per cohort. */
    private Map<Long, long[]> counts() {
        List<Object[]> rows = em.createQuery(
                        "SELECT c.cohortId, c.status, COUNT(c) FROM Candidacy c WHERE c.cohortId IS NOT NULL"
                                + " AND c.status IN :statuses GROUP BY c.cohortId, c.status",
                        Object[].class)
                .setParameter("statuses", List.of(CandidacyStatus.ADMITTED, CandidacyStatus.WAITLISTED))
                .getResultList();
        Map<Long, long[]> counts = new HashMap<>();
        for (Object[] row : rows) {
            long[] pair = counts.computeIfAbsent((Long) row[0], id -> new long[2]);
            pair[row[1] == CandidacyStatus.ADMITTED ? 0 : 1] = ((Number) row[2]).longValue();
        }
        return counts;
    }
}
