package no.vidsynt.veiledning.practice.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import no.vidsynt.core.catalogue.control.CourseCatalogue;
import no.vidsynt.core.enrolment.control.Enrolments;
import no.vidsynt.core.enrolment.entity.Cohort;
import no.vidsynt.core.people.entity.Person;
import no.vidsynt.core.people.entity.Role;
import no.vidsynt.core.platform.Refusal;
import no.vidsynt.core.platform.web.PageRefusal;
import no.vidsynt.core.scheduling.control.SessionListing;
import no.vidsynt.core.scheduling.control.SessionSummary;
import no.vidsynt.core.security.boundary.CurrentPerson;
import no.vidsynt.veiledning.VeiledningModule;
import no.vidsynt.veiledning.VeiledningSessionKinds;
import no.vidsynt.veiledning.practice.control.CohortTrainers;
import no.vidsynt.veiledning.practice.control.GroupView;
import no.vidsynt.veiledning.practice.control.PracticeGroups;
import no.vidsynt.veiledning.practice.control.PracticeRefused;
import no.vidsynt.veiledning.practice.control.PracticeRounds;
import no.vidsynt.veiledning.practice.control.RoundView;

/**
 * /veiledning/practice/groups.xhtml?cohort=: the trainer forms a cohort's practice groups (members picked with
 * checkboxes), takes a suggestion that splits the members evenly, and assigns groups to practice sessions.
 */
@Named
@ViewScoped
public class GroupsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A group being formed or changed on the page. */
    public static final class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final Long groupId;
        private String name;
        private List<Long> memberIds;
        private Long sessionId;
        private List<RoundView> rounds = List.of();

        Row(Long groupId, String name, List<Long> memberIds) {
            this.groupId = groupId;
            this.name = name;
            this.memberIds = new ArrayList<>(memberIds);
        }

        public Long getGroupId() {
            return groupId;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public List<Long> getMemberIds() {
            return memberIds;
        }

        public void setMemberIds(List<Long> memberIds) {
            this.memberIds = memberIds == null ? new ArrayList<>() : new ArrayList<>(memberIds);
        }

        public Long getSessionId() {
            return sessionId;
        }

        public void setSessionId(Long sessionId) {
            this.sessionId = sessionId;
        }

        public List<RoundView> getRounds() {
            return rounds;
        }
    }

    @Inject
    transient CurrentPerson currentPerson;

    @Inject
    transient CourseCatalogue catalogue;

    @Inject
    transient Enrolments enrolments;

    @Inject
    transient CohortTrainers trainers;

    @Inject
    transient PracticeGroups groups;

    @Inject
    transient PracticeRounds rounds;

    @Inject
    transient SessionListing listing;

    private Long cohort;
    private List<Cohort> cohorts;
    private List<GroupView.Member> members;
    private List<Row> rows;
    private List<Row> drafts = List.of();
    private Row fresh;
    private List<SessionSummary> sessions;

    /** viewAction: the cohorts the caller runs, and the chosen one's groups; 404 for an unknown or foreign cohort. */
    public void load() {
        Person me = currentPerson.require();
        cohorts = catalogue.published().stream()
                .filter(course -> VeiledningModule.KEY.equals(course.programmeKey()))
                .flatMap(course -> enrolments.cohorts(course.id()).stream())
                .filter(c -> trainers.mayRun(me, c.getId()))
                .toList();
        if (cohort == null && !cohorts.isEmpty()) {
            cohort = cohorts.get(0).getId();
        }
        if (cohort != null && cohorts.stream().noneMatch(c -> c.getId().equals(cohort))) {
            PageRefusal.notFound();
            return;
        }
        refresh();
    }

    private void refresh() {
        if (cohort == null) {
            members = List.of();
            rows = List.of();
            sessions = List.of();
            return;
        }
        Person me = currentPerson.require();
        members = groups.cohortMembers(me, cohort);
        rows = new ArrayList<>();
        for (GroupView group : groups.ofCohort(me, cohort)) {
            Row row = new Row(
                    group.id(),
                    group.name(),
                    group.members().stream().map(GroupView.Member::personId).toList());
            row.rounds = rounds.ofGroup(me, group.id());
            rows.add(row);
        }
        fresh = new Row(null, PracticeMessages.text("practice.group.defaultName", rows.size() + 1), List.of());
        sessions = listing.teaching(me, me.holds(Role.ADMIN), PracticeMessages.locale()).stream()
                .filter(s -> VeiledningSessionKinds.PRACTICE_TRAINING.equals(s.kind()) && !s.cancelled())
                .toList();
    }

    public void create() {
        try {
            groups.create(currentPerson.require(), cohort, draftOf(fresh));
            PracticeMessages.info("practice.groups.created", fresh.getName());
            refresh();
        } catch (Refusal refused) {
            PracticeMessages.refused(refused);
        }
    }

    public void suggest() {
        try {
            drafts =
                    groups
                            .suggestion(
                                    currentPerson.require(),
                                    cohort,
                                    PracticeMessages.text("practice.group.defaultName"))
                            .stream()
                            .map(d -> new Row(null, d.name(), d.memberIds()))
                            .toList();
            PracticeMessages.info("practice.groups.suggested", drafts.size());
        } catch (Refusal refused) {
            PracticeMessages.refused(refused);
        }
    }

    public void saveSuggestion() {
        try {
            groups.createAll(
                    currentPerson.require(),
                    cohort,
                    drafts.stream().map(GroupsPage::draftOf).toList());
            PracticeMessages.info("practice.groups.suggestionSaved", drafts.size());
            drafts = List.of();
            refresh();
        } catch (Refusal refused) {
            PracticeMessages.refused(refused);
            refresh();
        }
    }

    public void discardSuggestion() {
        drafts = List.of();
    }

    public void save(Row row) {
        try {
            groups.change(currentPerson.require(), row.getGroupId(), draftOf(row));
            PracticeMessages.info("practice.groups.saved", row.getName());
            refresh();
        } catch (Refusal refused) {
            PracticeMessages.refused(refused);
        }
    }

    public void delete(Row row) {
        try {
            groups.delete(currentPerson.require(), row.getGroupId());
            PracticeMessages.info("practice.groups.deleted", row.getName());
            refresh();
        } catch (Refusal refused) {
            PracticeMessages.refused(refused);
        }
    }

    public void assign(Row row) {
        if (row.getSessionId() == null) {
            PracticeMessages.refused(PracticeRefused.invalidInput("practice.refused.sessionRequired"));
            return;
        }
        try {
            RoundView round = rounds.assign(currentPerson.require(), row.getGroupId(), row.getSessionId());
            PracticeMessages.info("practice.groups.assigned", row.getName(), round.title());
            refresh();
        } catch (Refusal refused) {
            PracticeMessages.refused(refused);
        }
    }

    /** Members in no group yet, by name. */
    public List<GroupView.Member> getUnplaced() {
        Set<Long> placed = new HashSet<>();
        rows.forEach(row -> placed.addAll(row.getMemberIds()));
        return members.stream().filter(m -> !placed.contains(m.personId())).toList();
    }

    public String getUnplacedNames() {
        return getUnplaced().stream().map(GroupView.Member::name).collect(Collectors.joining(", "));
    }

    private static PracticeGroups.Draft draftOf(Row row) {
        return new PracticeGroups.Draft(row.getName(), row.getMemberIds());
    }

    public Long getCohort() {
        return cohort;
    }

    public void setCohort(Long cohort) {
        this.cohort = cohort;
    }

    public List<Cohort> getCohorts() {
        return cohorts;
    }

    public String getCohortName() {
        return cohorts.stream()
                .filter(c -> c.getId().equals(cohort))
                .map(Cohort::getName)
                .findFirst()
                .orElse("");
    }

    public List<GroupView.Member> getMembers() {
        return members;
    }

    public List<Row> getRows() {
        return rows;
    }

    public List<Row> getDrafts() {
        return drafts;
    }

    public Row getFresh() {
        return fresh;
    }

    public List<SessionSummary> getSessions() {
        return sessions;
    }
}
