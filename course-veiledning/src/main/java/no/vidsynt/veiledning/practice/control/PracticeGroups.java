package no.vidsynt.veiledning.practice.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import no.vidsynt.core.enrolment.control.Enrolments;
import no.vidsynt.core.enrolment.entity.Enrolment;
import no.vidsynt.core.people.entity.Person;
import no.vidsynt.veiledning.practice.entity.GroupMember;
import no.vidsynt.veiledning.practice.entity.PracticeGroup;

/**
 * The practice groups of a core cohort: the cohort's trainer forms them (three or four of the cohort's members, each
 * in one group at most), changes and removes them, and may ask for a suggestion that splits the members evenly.
 * Members see their own group; anyone else is told it does not exist.
 */
@ApplicationScoped
public class PracticeGroups {

    @PersistenceContext
    EntityManager em;

    @Inject
    Enrolments enrolments;

    @Inject
    CohortTrainers trainers;

    /** A group's name and its members, in their order. */
    public record Draft(String name, List<Long> memberIds) {}

    public List<GroupView> ofCohort(Person actor, long cohortId) {
        enrolments.cohort(cohortId);
        trainers.requireRuns(actor, cohortId);
        return em
                .createNamedQuery(PracticeGroup.OF_COHORT, PracticeGroup.class)
                .setParameter("cohort", cohortId)
                .getResultList()
                .stream()
                .map(this::view)
                .toList();
    }

    /** The group, for its cohort's trainer and its members. */
    public GroupView one(Person actor, long groupId) {
        PracticeGroup group = find(groupId);
        GroupView view = view(group);
        boolean member = view.members().stream().anyMatch(m -> m.personId() == actor.getId());
        if (!member && !trainers.mayRun(actor, group.getCohortId())) {
            throw PracticeRefused.notFound();
        }
        return view;
    }

    /** The cohort's members by name: those the trainer forms groups from. */
    public List<GroupView.Member> cohortMembers(Person actor, long cohortId) {
        enrolments.cohort(cohortId);
        trainers.requireRuns(actor, cohortId);
        return members(cohortId);
    }

    /** The members split evenly into groups of three or four, by name; nothing is saved. */
    public List<Draft> suggestion(Person actor, long cohortId, String namePattern) {
        List<GroupView.Member> members = cohortMembers(actor, cohortId);
        List<List<GroupView.Member>> split = GroupSplit.evenly(members);
        return java.util.stream.IntStream.range(0, split.size())
                .mapToObj(i -> new Draft(
                        java.text.MessageFormat.format(namePattern, i + 1),
                        split.get(i).stream().map(GroupView.Member::personId).toList()))
                .toList();
    }

    @Transactional
    public GroupView create(Person actor, long cohortId, Draft draft) {
        enrolments.cohort(cohortId);
        trainers.requireRuns(actor, cohortId);
        List<Long> members = checked(cohortId, null, draft);
        PracticeGroup group = new PracticeGroup(cohortId, draft.name().strip());
        em.persist(group);
        em.flush();
        placeMembers(group.getId(), members);
        return view(group);
    }

    /** Forms several groups at once (a suggestion the trainer accepted): all of them, or none. */
    @Transactional
    public List<GroupView> createAll(Person actor, long cohortId, List<Draft> drafts) {
        return drafts.stream().map(draft -> create(actor, cohortId, draft)).toList();
    }

    @Transactional
    public GroupView change(Person actor, long groupId, Draft draft) {
        PracticeGroup group = find(groupId);
        trainers.requireRuns(actor, group.getCohortId());
        List<Long> members = checked(group.getCohortId(), groupId, draft);
        group.rename(draft.name().strip());
        em.createQuery("DELETE FROM GroupMember m WHERE m.groupId = :group")
                .setParameter("group", groupId)
                .executeUpdate();
        placeMembers(groupId, members);
        return view(group);
    }

    /** Removes the group with its rounds (the database cascades to their roles). */
    @Transactional
    public void delete(Person actor, long groupId) {
        PracticeGroup group = find(groupId);
        trainers.requireRuns(actor, group.getCohortId());
        em.remove(group);
    }

    PracticeGroup find(long groupId) {
        PracticeGroup group = em.find(PracticeGroup.class, groupId);
        if (group == null) {
            throw PracticeRefused.notFound();
        }
        return group;
    }

    List<Long> memberIds(long groupId) {
        return em
                .createNamedQuery(GroupMember.OF_GROUP, GroupMember.class)
                .setParameter("group", groupId)
                .getResultList()
                .stream()
                .map(GroupMember::getPersonId)
                .toList();
    }

    GroupView view(PracticeGroup group) {
        List<Long> ids = memberIds(group.getId());
        Map<Long, String> names = names(ids);
        return new GroupView(
                group.getId(),
                group.getCohortId(),
                group.getName(),
                ids.stream().map(id -> new GroupView.Member(id, names.get(id))).toList());
    }

    Map<Long, String> names(java.util.Collection<Long> ids) {
        return enrolments.people(ids).stream().collect(Collectors.toMap(Person::getId, Person::getDisplayName));
    }

    private List<GroupView.Member> members(long cohortId) {
        Set<Long> ids = enrolments.cohortMembers(cohortId).stream()
                .filter(Enrolment::isEnrolled)
                .map(Enrolment::getPersonId)
                .collect(Collectors.toSet());
        return enrolments.people(ids).stream()
                .sorted(Comparator.comparing(Person::getDisplayName).thenComparing(Person::getId))
                .map(p -> new GroupView.Member(p.getId(), p.getDisplayName()))
                .toList();
    }

    private List<Long> checked(long cohortId, Long groupId, Draft draft) {
        if (draft == null || draft.name() == null || draft.name().isBlank()) {
            throw PracticeRefused.invalidInput("practice.refused.groupName");
        }
        if (draft.name().strip().length() > 200) {
            throw PracticeRefused.invalidInput("practice.refused.groupNameTooLong");
        }
        List<Long> members =
                List.copyOf(new LinkedHashSet<>(draft.memberIds() == null ? List.of() : draft.memberIds()));
        if (members.size() < PracticeGroup.MIN_SIZE || members.size() > PracticeGroup.MAX_SIZE) {
            throw PracticeRefused.invalidInput(
                    "practice.refused.groupSize", PracticeGroup.MIN_SIZE, PracticeGroup.MAX_SIZE);
        }
        Set<Long> inCohort =
                members(cohortId).stream().map(GroupView.Member::personId).collect(Collectors.toSet());
        if (!inCohort.containsAll(members)) {
            throw PracticeRefused.invalidInput("practice.refused.notInCohort");
        }
        Set<Long> elsewhere = new HashSet<>();
        for (PracticeGroup other : em.createNamedQuery(PracticeGroup.OF_COHORT, PracticeGroup.class)
                .setParameter("cohort", cohortId)
                .getResultList()) {
            if (!other.getId().equals(groupId)) {
                elsewhere.addAll(memberIds(other.getId()));
            }
        }
        Map<Long, String> names = names(members);
        for (long member : members) {
            if (elsewhere.contains(member)) {
                throw PracticeRefused.stateConflict("practice.refused.inOtherGroup", names.get(member));
            }
        }
        return members;
    }

    private void placeMembers(long groupId, List<Long> members) {
        for (int i = 0; i < members.size(); i++) {
            em.persist(new GroupMember(groupId, members.get(i), i + 1));
        }
        em.flush();
    }
}
