package no.vidsynt.veiledning.cohort.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import no.vidsynt.core.organisation.control.Organisation;
import no.vidsynt.core.people.control.People;
import no.vidsynt.core.people.entity.Person;
import no.vidsynt.core.people.entity.Role;
import no.vidsynt.veiledning.cohort.entity.Candidacy;
import no.vidsynt.veiledning.cohort.entity.CandidacyStatus;
import no.vidsynt.veiledning.privacy.IdentityNumbers;

/**
 * The way in before the trainer decides: a leader nominates a person of a unit they lead; a person applies and their
 * leader approves or rejects; the person (or the trainer) withdraws. Object-level rules: a person sees their own
 * candidacies, a leader those of the units they lead (and below), trainers and administrators all; anything else
 * answers "not found".
 */
@ApplicationScoped
public class Candidacies {

    static final int MAX_TEXT = 2000;
    static final int MAX_REASON = 1000;

    @PersistenceContext
    EntityManager em;

    @Inject
    People people;

    @Inject
    Organisation organisation;

    @Inject
    CandidacyMails mails;

    @Inject
    VeiledningCohorts cohorts;

    @Inject
    Withdrawals withdrawals;

    Clock clock = Clock.systemUTC();

    /** A leader nominates a person of a unit they lead (administrators: anyone). */
    @Transactional
    public Candidacy nominate(Person leader, long personId, String motivation) {
        Person person = people.byId(personId)
                .filter(Person::isActive)
                .orElseThrow(() -> CohortRefusal.of(CohortRefusal.Kind.NOT_FOUND, "cohort.refused.noPerson", personId));
        Long unit = unitLedFor(leader, person);
        if (unit == null && !leader.getRoles().contains(Role.ADMIN)) {
            throw CohortRefusal.of(CohortRefusal.Kind.NOT_FOUND, "cohort.refused.noPerson", personId);
        }
        String text = text(motivation, "cohort.refused.motivationMissing", MAX_TEXT);
        requireNoOpenCandidacy(personId);
        Candidacy candidacy = Candidacy.nominated(personId, unit, text, leader.getId(), clock.instant());
        em.persist(candidacy);
        em.flush();
        return candidacy;
    }

    /** The person applies; the leader of their unit decides. */
    @Transactional
    public Candidacy apply(Person person, String motivation) {
        String text = text(motivation, "cohort.refused.motivationMissing", MAX_TEXT);
        requireNoOpenCandidacy(person.getId());
        Long unit = people.unitIdsOf(person).stream().sorted().findFirst().orElse(null);
        Candidacy candidacy = Candidacy.applied(person.getId(), unit, text, clock.instant());
        em.persist(candidacy);
        em.flush();
        return candidacy;
    }

    /** The leader approves an application: the trainer may now admit the person. */
    @Transactional
    public Candidacy approve(Person leader, long candidacyId) {
        Candidacy candidacy = lockedForLeader(leader, candidacyId);
        requireCan(candidacy, CandidacyStatus.APPROVED);
        candidacy.approve(leader.getId(), clock.instant());
        return candidacy;
    }

    /** The leader turns an application down, with a reason the person is told. */
    @Transactional
    public Candidacy rejectApplication(Person leader, long candidacyId, String reason) {
        Candidacy candidacy = lockedForLeader(leader, candidacyId);
        if (candidacy.getStatus() != CandidacyStatus.APPLIED) {
            throw CohortRefusal.of(CohortRefusal.Kind.CONFLICT, "cohort.refused.notNow", status(candidacy));
        }
        candidacy.reject(text(reason, "cohort.refused.reasonMissing", MAX_REASON), leader.getId(), clock.instant());
        mails.rejected(candidacy);
        return candidacy;
    }

    /** The person leaves (their own candidacy), or the cohort's trainer takes them out; both end the enrolment. */
    @Transactional
    public Candidacy withdraw(Person actor, long candidacyId, String reason) {
        Candidacy candidacy = visible(actor, candidacyId);
        boolean own = candidacy.getPersonId() == actor.getId();
        if (!own) {
            Cohorts.requireTrainer(actor);
            if (candidacy.getCohortId() != null) {
                Cohorts.requireRuns(actor, cohorts.require(candidacy.getCohortId()));
            }
        }
        String why = reason == null || reason.isBlank() ? null : text(reason, null, MAX_REASON);
        return withdrawals.withdraw(candidacy, actor, why);
    }

    /** One candidacy the actor may see, else "not found". */
    public Candidacy visible(Person actor, long candidacyId) {
        Candidacy candidacy = em.find(Candidacy.class, candidacyId);
        if (candidacy == null || !maySee(actor, candidacy)) {
            throw CohortRefusal.of(CohortRefusal.Kind.NOT_FOUND, "cohort.refused.noCandidacy", candidacyId);
        }
        return candidacy;
    }

    /** The candidacies the actor may see, newest first, optionally only in one status. */
    public List<Candidacy> visibleTo(Person actor, CandidacyStatus status) {
        List<Candidacy> all = em.createQuery(
                        "SELECT c FROM Candidacy c ORDER BY c.changedAt DESC, c.id DESC", Candidacy.class)
                .getResultList();
        return all.stream()
                .filter(c -> status == null || c.getStatus() == status)
                .filter(c -> maySee(actor, c))
                .toList();
    }

    /** The person's own candidacies, newest first. */
    public List<Candidacy> own(long personId) {
        return em.createNamedQuery(Candidacy.OF_PERSON, Candidacy.class)
                .setParameter("person", personId)
                .getResultList();
    }

    /** The units whose candidacies a leader follows: those they lead and below (every unit for administrators). */
    public Set<Long> unitsFollowedBy(Person actor) {
        return organisation.unitsFollowedBy(
                actor.getId(),
                actor.getRoles().contains(Role.ADMIN),
                actor.getRoles().contains(Role.LEADER));
    }

    /** The people a leader may nominate: members of the units they lead, and below. */
    public List<Person> nominable(Person leader) {
        if (!leader.getRoles().contains(Role.LEADER) && !leader.getRoles().contains(Role.ADMIN)) {
            return List.of();
        }
        Set<Long> ids = new HashSet<>();
        organisation
                .membersByUnit(organisation.unitIdsLedBy(leader.getId()))
                .values()
                .forEach(ids::addAll);
        ids.remove(leader.getId());
        return ids.isEmpty()
                ? List.of()
                : people.byIds(ids).stream().filter(Person::isActive).toList();
    }

    private boolean maySee(Person actor, Candidacy candidacy) {
        if (candidacy.getPersonId() == actor.getId() || Cohorts.isTrainer(actor)) {
            return true;
        }
        return actor.getRoles().contains(Role.LEADER)
                && candidacy.getOrgUnitId() != null
                && organisation.leads(actor.getId(), candidacy.getOrgUnitId());
    }

    private Candidacy lockedForLeader(Person leader, long candidacyId) {
        Candidacy candidacy = em.find(Candidacy.class, candidacyId, LockModeType.PESSIMISTIC_WRITE);
        boolean leads = candidacy != null
                && (leader.getRoles().contains(Role.ADMIN)
                        || leader.getRoles().contains(Role.LEADER)
                                && candidacy.getOrgUnitId() != null
                                && organisation.leads(leader.getId(), candidacy.getOrgUnitId()));
        if (!leads) {
            throw CohortRefusal.of(CohortRefusal.Kind.NOT_FOUND, "cohort.refused.noCandidacy", candidacyId);
        }
        if (candidacy.getPersonId() == leader.getId()) {
            throw CohortRefusal.of(CohortRefusal.Kind.FORBIDDEN, "cohort.refused.ownCandidacy");
        }
        return candidacy;
    }

    private Long unitLedFor(Person leader, Person person) {
        Set<Long> led = leader.getRoles().contains(Role.LEADER) ? organisation.unitIdsLedBy(leader.getId()) : Set.of();
        Set<Long> own = people.unitIdsOf(person);
        return own.stream()
                .filter(led::contains)
                .sorted()
                .findFirst()
                .orElseGet(() -> leader.getRoles().contains(Role.ADMIN)
                        ? own.stream().sorted().findFirst().orElse(null)
                        : null);
    }

    private void requireNoOpenCandidacy(long personId) {
        if (own(personId).stream().anyMatch(c -> c.getStatus().isOpen())) {
            throw CohortRefusal.of(CohortRefusal.Kind.CONFLICT, "cohort.refused.alreadyCandidate");
        }
    }

    static void requireCan(Candidacy candidacy, CandidacyStatus next) {
        if (!candidacy.getStatus().canBecome(next)) {
            throw CohortRefusal.of(CohortRefusal.Kind.CONFLICT, "cohort.refused.notNow", status(candidacy));
        }
    }

    static String status(Candidacy candidacy) {
        return candidacy.getStatus().name();
    }

    /** Free text: present (when a missing key is given), not too long, and with no identity number. */
    static String text(String value, String missingKey, int max) {
        if (value == null || value.isBlank()) {
            if (missingKey == null) {
                return null;
            }
            throw CohortRefusal.of(CohortRefusal.Kind.INVALID, missingKey);
        }
        String text = value.strip();
        if (text.length() > max) {
            throw CohortRefusal.of(CohortRefusal.Kind.INVALID, "cohort.refused.tooLong", max);
        }
        if (IdentityNumbers.containsAny(text)) {
            throw CohortRefusal.of(CohortRefusal.Kind.INVALID, "privacy.identityNumber");
        }
        return text;
    }
}
