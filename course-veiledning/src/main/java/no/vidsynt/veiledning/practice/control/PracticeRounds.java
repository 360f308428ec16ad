package no.vidsynt.veiledning.practice.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.vidsynt.core.people.entity.Person;
import no.vidsynt.core.scheduling.control.SessionListing;
import no.vidsynt.core.scheduling.control.Sessions;
import no.vidsynt.core.scheduling.entity.SessionStatus;
import no.vidsynt.core.scheduling.entity.TrainingSession;
import no.vidsynt.veiledning.VeiledningSessionKinds;
import no.vidsynt.veiledning.practice.entity.PracticeGroup;
import no.vidsynt.veiledning.practice.entity.PracticeRole;
import no.vidsynt.veiledning.practice.entity.RoundRole;

/**
 * Practice rounds: the trainer assigns a group to a practice-training session and the roles follow from the group's
 * earlier rounds ({@link RoleRotation}); the trainer's attendance mark sets {@code attended}. Trainees see the rounds of
 * their own groups, the trainer those of the cohorts they run; anyone else is told the round does not exist.
 */
@ApplicationScoped
public class PracticeRounds {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    @PersistenceContext
    EntityManager em;

    @Inject
    PracticeGroups groups;

    @Inject
    CohortTrainers trainers;

    @Inject
    Sessions sessions;

    @Inject
    SessionListing listing;

    /** Gives the group the next round's roles in the session; people already marked attended there count as such. */
    @Transactional
    public RoundView assign(Person actor, long groupId, long sessionId) {
        PracticeGroup group = groups.find(groupId);
        trainers.requireRuns(actor, group.getCohortId());
        TrainingSession session = practiceSession(sessionId);
        List<Long> members = groups.memberIds(groupId);
        for (long member : members) {
            if (em.find(RoundRole.class, new RoundRole.Key(sessionId, member)) != null) {
                throw PracticeRefused.stateConflict("practice.refused.alreadyInSession");
            }
        }
        Map<Long, PracticeRole> roles = RoleRotation.next(members, earlierRounds(groupId, session));
        roles.forEach((person, role) -> em.persist(new RoundRole(sessionId, groupId, person, role)));
        em.flush();
        listing.roster(sessionId).stream()
                .filter(entry -> "ATTENDED".equals(entry.attendance()))
                .forEach(entry -> markAttended(sessionId, entry.personId()));
        return view(session, group);
    }

    /** Takes the group out of the session again, as long as nobody in it has been marked attended. */
    @Transactional
    public void unassign(Person actor, long groupId, long sessionId) {
        PracticeGroup group = groups.find(groupId);
        trainers.requireRuns(actor, group.getCohortId());
        List<RoundRole> roles = rolesOf(sessionId, groupId);
        if (roles.isEmpty()) {
            throw PracticeRefused.notFound();
        }
        if (roles.stream().anyMatch(RoundRole::isAttended)) {
            throw PracticeRefused.stateConflict("practice.refused.alreadyAttended");
        }
        roles.forEach(em::remove);
    }

    /** Sets attended for the person's role in the session, if they have one (the trainer's mark, or demo data). */
    @Transactional
    public void markAttended(long sessionId, long personId) {
        RoundRole role = em.find(RoundRole.class, new RoundRole.Key(sessionId, personId));
        if (role != null) {
            role.markAttended();
            em.flush(); // completion reads attended rounds with a query next, in this transaction
        }
    }

    /** The rounds of every group the person is in, oldest first. */
    public List<RoundView> mine(Person person) {
        List<RoundRole> own = em.createQuery("SELECT r FROM RoundRole r WHERE r.personId = :person", RoundRole.class)
                .setParameter("person", person.getId())
                .getResultList();
        List<RoundView> rounds = new ArrayList<>();
        for (RoundRole role : own) {
            rounds.add(view(sessions.find(role.getSessionId()), groups.find(role.getGroupId())));
        }
        rounds.sort(Comparator.comparing(RoundView::start));
        return rounds;
    }

    /** The rounds of one group, oldest first, for its trainer and members. */
    public List<RoundView> ofGroup(Person actor, long groupId) {
        groups.one(actor, groupId);
        PracticeGroup group = groups.find(groupId);
        return em
                .createNamedQuery(RoundRole.OF_GROUP, RoundRole.class)
                .setParameter("group", groupId)
                .getResultList()
                .stream()
                .map(RoundRole::getSessionId)
                .distinct()
                .map(id -> view(sessions.find(id), group))
                .sorted(Comparator.comparing(RoundView::start))
                .toList();
    }

    /**
     * The rounds of a session the person may see: every group's for a trainer who runs its cohort, their own group's
     * for a trainee in it. None: "not found".
     */
    public List<RoundView> inSession(Person actor, long sessionId) {
        List<RoundView> visible = new ArrayList<>();
        for (PracticeGroup group : groupsIn(sessionId)) {
            boolean member = rolesOf(sessionId, group.getId()).stream().anyMatch(r -> r.getPersonId() == actor.getId());
            if (member || trainers.mayRun(actor, group.getCohortId())) {
                visible.add(view(sessions.find(sessionId), group));
            }
        }
        if (visible.isEmpty()) {
            throw PracticeRefused.notFound();
        }
        return visible;
    }

    /** The person's role in the session, or null. */
    public RoundRole roleOf(long sessionId, long personId) {
        return em.find(RoundRole.class, new RoundRole.Key(sessionId, personId));
    }

    /** Whether the person runs the cohort of the group. */
    public boolean runs(Person actor, long groupId) {
        return trainers.mayRun(actor, groups.find(groupId).getCohortId());
    }

    List<RoundRole> rolesOf(long sessionId, long groupId) {
        return em
                .createNamedQuery(RoundRole.OF_SESSION, RoundRole.class)
                .setParameter("session", sessionId)
                .getResultList()
                .stream()
                .filter(r -> r.getGroupId() == groupId)
                .toList();
    }

    private List<PracticeGroup> groupsIn(long sessionId) {
        return em
                .createNamedQuery(RoundRole.OF_SESSION, RoundRole.class)
                .setParameter("session", sessionId)
                .getResultList()
                .stream()
                .map(RoundRole::getGroupId)
                .distinct()
                .map(groups::find)
                .toList();
    }

    private TrainingSession practiceSession(long sessionId) {
        TrainingSession session = em.find(TrainingSession.class, sessionId);
        if (session == null) {
            throw PracticeRefused.notFound();
        }
        if (!VeiledningSessionKinds.PRACTICE_TRAINING.equals(session.getKind())) {
            throw PracticeRefused.invalidInput("practice.refused.notPracticeSession");
        }
        if (session.getStatus() == SessionStatus.CANCELLED) {
            throw PracticeRefused.stateConflict("practice.refused.sessionCancelled");
        }
        return session;
    }

    /** The group's rounds in sessions that start before this one, oldest first. */
    private List<Map<Long, PracticeRole>> earlierRounds(long groupId, TrainingSession session) {
        Map<Long, Map<Long, PracticeRole>> bySession = new LinkedHashMap<>();
        em.createNamedQuery(RoundRole.OF_GROUP, RoundRole.class)
                .setParameter("group", groupId)
                .getResultList()
                .forEach(r -> bySession
                        .computeIfAbsent(r.getSessionId(), id -> new LinkedHashMap<>())
                        .put(r.getPersonId(), r.getRole()));
        return bySession.entrySet().stream()
                .map(e -> Map.entry(em.find(TrainingSession.class, e.getKey()), e.getValue()))
                .filter(e -> e.getKey().getStartsAt().isBefore(session.getStartsAt()))
                .sorted(Comparator.comparing(e -> e.getKey().getStartsAt()))
                .map(Map.Entry::getValue)
                .toList();
    }

    RoundView view(TrainingSession session, PracticeGroup group) {
        List<RoundRole> roles = rolesOf(session.getId(), group.getId());
        Map<Long, String> names =
                groups.names(roles.stream().map(RoundRole::getPersonId).toList());
        List<RoundView.Seat> seats = roles.stream()
                .sorted(Comparator.comparing(RoundRole::getRole).thenComparing(r -> names.get(r.getPersonId())))
                .map(r -> new RoundView.Seat(r.getPersonId(), names.get(r.getPersonId()), r.getRole(), r.isAttended()))
                .toList();
        return new RoundView(
                session.getId(),
                session.getTitle(),
                session.getStartsAt().atZone(OSLO).toOffsetDateTime(),
                session.getEndsAt().atZone(OSLO).toOffsetDateTime(),
                session.getPlace(),
                session.getStatus() == SessionStatus.CANCELLED,
                group.getId(),
                group.getName(),
                seats);
    }
}
