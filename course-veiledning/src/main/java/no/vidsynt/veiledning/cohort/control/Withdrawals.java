package no.vidsynt.veiledning.cohort.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import no.vidsynt.core.enrolment.control.Enrolments;
import no.vidsynt.core.enrolment.entity.Enrolment;
import no.vidsynt.core.people.entity.Person;
import no.vidsynt.veiledning.cohort.entity.Candidacy;
import no.vidsynt.veiledning.cohort.entity.CandidacyStatus;

/**
 * Leaving the programme: the candidacy ends (WITHDRAWN), an admitted person's enrolment in the course is withdrawn
 * (their progress stays, as the core keeps it), and the person gets a mail. Who may is {@link Candidacies}' question.
 */
@ApplicationScoped
public class Withdrawals {

    @PersistenceContext
    EntityManager em;

    @Inject
    Enrolments enrolments;

    @Inject
    VeiledningCohorts cohorts;

    @Inject
    CandidacyMails mails;

    Clock clock = Clock.systemUTC();

    @Transactional
    public Candidacy withdraw(Candidacy seen, Person actor, String reason) {
        Candidacy candidacy = em.find(Candidacy.class, seen.getId(), LockModeType.PESSIMISTIC_WRITE);
        Candidacies.requireCan(candidacy, CandidacyStatus.WITHDRAWN);
        boolean admitted = candidacy.getStatus() == CandidacyStatus.ADMITTED;
        candidacy.withdraw(reason, actor.getId(), clock.instant());
        VeiledningCohorts.Plan cohort = candidacy.getCohortId() == null
                ? null
                : cohorts.plan(candidacy.getCohortId()).orElse(null);
        if (admitted && cohort != null) {
            // Checked first: a refusal from the core's service would mark this transaction for rollback.
            boolean enrolled = enrolments
                    .of(candidacy.getPersonId(), cohort.courseId())
                    .filter(Enrolment::isEnrolled)
                    .isPresent();
            if (enrolled) {
                enrolments.withdraw(candidacy.getPersonId(), cohort.courseId());
            }
        }
        mails.withdrawn(candidacy, cohort);
        return candidacy;
    }
}
