package no.vidsynt.veiledning.cohort.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import no.vidsynt.core.enrolment.control.Enrolments;
import no.vidsynt.core.people.entity.Person;
import no.vidsynt.veiledning.cohort.entity.Candidacy;
import no.vidsynt.veiledning.cohort.entity.CandidacyStatus;

/**
 * The trainer's decisions: admit a nominated or approved candidate (or one waiting) into a cohort, wait-list them for
 * one, or reject them with a reason. An admission locks the cohort's row first and counts its admitted trainees under
 * the lock, so seats are never overbooked whichever server a request reaches; a full cohort wait-lists instead. Callers
 * retry on a deadlock (the core's {@code Retrying}).
 */
@ApplicationScoped
public class Admissions {

    @PersistenceContext
    EntityManager em;

    @Inject
    Cohorts cohortRows;

    @Inject
    VeiledningCohorts cohorts;

    @Inject
    Enrolments enrolments;

    @Inject
    CandidacyMails mails;

    Clock clock = Clock.systemUTC();

    /** Admits the candidate into the cohort, or wait-lists them when it is full: the answer says which. */
    @Transactional
    public Candidacy admit(Person trainer, long candidacyId, long cohortId) {
        // The lock comes first: every read after it (and the locking count) sees what was committed before it.
        cohortRows.locked(cohortId);
        VeiledningCohorts.Plan plan = runnable(trainer, cohortId);
        Candidacy candidacy = lockedCandidacy(candidacyId);
        requireAdmissible(candidacy);
        if (admittedLocked(cohortId) >= plan.seats()) {
            candidacy.waitlist(cohortId, trainer.getId(), clock.instant());
            mails.waitlisted(candidacy, plan);
            return candidacy;
        }
        candidacy.admit(cohortId, trainer.getId(), clock.instant());
        em.flush();
        enrolments.placeInCohort(cohortId, candidacy.getPersonId());
        mails.admitted(candidacy, plan);
        return candidacy;
    }

    /** Puts the candidate on the cohort's waiting list (a seat may come free, or the trainer decides later). */
    @Transactional
    public Candidacy waitlist(Person trainer, long candidacyId, long cohortId) {
        cohortRows.locked(cohortId);
        VeiledningCohorts.Plan plan = runnable(trainer, cohortId);
        Candidacy candidacy = lockedCandidacy(candidacyId);
        requireAdmissible(candidacy);
        if (candidacy.getStatus() == CandidacyStatus.WAITLISTED
                && Long.valueOf(cohortId).equals(candidacy.getCohortId())) {
            throw CohortRefusal.of(CohortRefusal.Kind.CONFLICT, "cohort.refused.alreadyWaiting");
        }
        candidacy.waitlist(cohortId, trainer.getId(), clock.instant());
        mails.waitlisted(candidacy, plan);
        return candidacy;
    }

    /** Turns the candidate down, with a reason the person is told. */
    @Transactional
    public Candidacy reject(Person trainer, long candidacyId, String reason) {
        Cohorts.requireTrainer(trainer);
        Candidacy candidacy = lockedCandidacy(candidacyId);
        requireAdmissible(candidacy);
        if (candidacy.getCohortId() != null) {
            Cohorts.requireRuns(trainer, cohorts.require(candidacy.getCohortId()));
        }
        String why = Candidacies.text(reason, "cohort.refused.reasonMissing", Candidacies.MAX_REASON);
        candidacy.reject(why, trainer.getId(), clock.instant());
        mails.rejected(candidacy);
        return candidacy;
    }

    /** The cohort's admitted trainees, counted with a locking read (the latest committed rows, not a snapshot). */
    private long admittedLocked(long cohortId) {
        // Rows rather than COUNT(*): H2 (the embedded demo database) allows no FOR UPDATE on an aggregate.
        return em.createNativeQuery("SELECT id FROM veiledning_candidacy"
                        + " WHERE cohort_id = ?1 AND status = 'ADMITTED' FOR UPDATE")
                .setParameter(1, cohortId)
                .getResultList()
                .size();
    }

    private VeiledningCohorts.Plan runnable(Person trainer, long cohortId) {
        Cohorts.requireTrainer(trainer);
        VeiledningCohorts.Plan plan = cohorts.require(cohortId);
        Cohorts.requireRuns(trainer, plan);
        return plan;
    }

    private Candidacy lockedCandidacy(long candidacyId) {
        Candidacy candidacy = em.find(Candidacy.class, candidacyId, LockModeType.PESSIMISTIC_WRITE);
        if (candidacy == null) {
            throw CohortRefusal.of(CohortRefusal.Kind.NOT_FOUND, "cohort.refused.noCandidacy", candidacyId);
        }
        return candidacy;
    }

    private static void requireAdmissible(Candidacy candidacy) {
        if (!candidacy.getStatus().isAdmissible()) {
            throw CohortRefusal.of(
                    CohortRefusal.Kind.CONFLICT,
                    candidacy.getStatus() == CandidacyStatus.APPLIED
                            ? "cohort.refused.awaitsLeader"
                            : "cohort.refused.notNow",
                    Candidacies.status(candidacy));
        }
    }
}
