package no.vidsynt.core.enrolment.boundary;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.vidsynt.core.catalogue.control.CourseCatalogue;
import no.vidsynt.core.enrolment.control.Enrolments;
import no.vidsynt.core.enrolment.entity.Cohort;
import no.vidsynt.core.organisation.control.Organisation;
import no.vidsynt.core.people.entity.Person;
import no.vidsynt.core.people.entity.Role;
import no.vidsynt.core.platform.Refusal;
import no.vidsynt.core.platform.input.SingleLine;
import no.vidsynt.core.security.boundary.CurrentPerson;

/**
 * /leader/cohorts.xhtml: the cohorts a leader may manage (those of the units they lead; all for administrators):
 * create, rename or move, delete (after a confirmation) and add people of the cohort's unit.
 */
@Named
@ViewScoped
public class CohortsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int MAX_NAME = 200;

    @Inject
    transient Enrolments enrolments;

    @Inject
    transient CourseCatalogue catalogue;

    @Inject
    transient Organisation organisation;

    @Inject
    transient CurrentPerson currentPerson;

    /** A cohort as the page lists it. */
    public record Row(
            long id,
            String name,
            LocalDate startDate,
            String starts,
            String courseTitle,
            String unitName,
            Long unitId,
            String members) {}

    private Long courseId;
    private Long unitId;
    private String name;
    private LocalDate startDate;
    private Long editingId;
    private String editName;
    private LocalDate editDate;
    private Long deletingId;
    private final Map<Long, Long> memberChoice = new HashMap<>();

    public List<Row> getCohorts() {
        Person me = me();
        Map<Long, String> units = organisation.unitNames();
        List<Cohort> cohorts = enrolments.manageableCohorts(me);
        Map<Long, String> titles = catalogue.titles(
                cohorts.stream().map(Cohort::getCourseId).distinct().toList());
        return cohorts.stream()
                .map(cohort -> new Row(
                        cohort.getId(),
                        cohort.getName(),
                        cohort.getStartDate(),
                        EnrolmentPages.text(
                                "cohorts.starts", EnrolmentPages.date(cohort.getStartDate(), EnrolmentPages.locale())),
                        titles.getOrDefault(cohort.getCourseId(), "#" + cohort.getCourseId()),
                        cohort.getOrgUnitId() == null
                                ? EnrolmentPages.text("cohorts.allUnits")
                                : units.getOrDefault(cohort.getOrgUnitId(), "#" + cohort.getOrgUnitId()),
                        cohort.getOrgUnitId(),
                        memberNames(cohort.getId())))
                .toList();
    }

    /** "Kari Nordmann, Ola Åsen", or "" when the cohort is empty. */
    private String memberNames(long cohortId) {
        var ids = enrolments.cohortMembers(cohortId).stream()
                .map(e -> e.getPersonId())
                .toList();
        return String.join(
                ", ",
                enrolments.people(ids).stream().map(Person::getDisplayName).toList());
    }

    public List<SelectItem> getCourses() {
        Map<Long, String> titles = new HashMap<>();
        catalogue.published().forEach(course -> titles.put(course.id(), course.title()));
        return EnrolmentPages.options(titles);
    }

    public List<SelectItem> getUnits() {
        Map<Long, String> names = organisation.unitNames();
        Map<Long, String> mine = new HashMap<>();
        unitsOf(me()).forEach(id -> mine.put(id, names.getOrDefault(id, "#" + id)));
        return EnrolmentPages.options(mine);
    }

    /** People of the cohort's unit who may be added. */
    public List<SelectItem> memberOptions(Row row) {
        if (row.unitId() == null) {
            return List.of();
        }
        Map<Long, String> people = new HashMap<>();
        enrolments.unitMembers(me(), row.unitId()).forEach(p -> people.put(p.getId(), p.getDisplayName()));
        return EnrolmentPages.options(people);
    }

    public void create() {
        if (!valid("new", name, startDate) || courseId == null || unitId == null) {
            if (courseId == null || unitId == null) {
                EnrolmentPages.error(null, "cohorts.required");
            }
            return;
        }
        try {
            Cohort cohort = enrolments.createCohort(me(), courseId, name, startDate, unitId);
            EnrolmentPages.info("cohorts.created", cohort.getName());
            name = null;
            startDate = null;
        } catch (Refusal refused) {
            EnrolmentPages.error(null, "cohorts.notAllowed");
        }
    }

    public void startRename(Row row) {
        deletingId = null;
        editingId = row.id();
        editName = row.name();
        editDate = row.startDate();
    }

    public void saveRename() {
        if (editingId == null || !valid("list", editName, editDate)) {
            return;
        }
        try {
            enrolments.changeCohort(me(), editingId, editName, editDate);
            EnrolmentPages.info("cohorts.changed");
            editingId = null;
        } catch (Refusal refused) {
            EnrolmentPages.error(null, "cohorts.notAllowed");
        }
    }

    public void askDelete(Row row) {
        editingId = null;
        deletingId = row.id();
    }

    public void confirmDelete() {
        if (deletingId == null) {
            return;
        }
        try {
            String deleted = enrolments.cohort(deletingId).getName();
            enrolments.deleteCohort(me(), deletingId);
            EnrolmentPages.info("cohorts.deleted", deleted);
        } catch (Refusal refused) {
            EnrolmentPages.error(null, "cohorts.notAllowed");
        }
        deletingId = null;
    }

    public void cancel() {
        editingId = null;
        deletingId = null;
    }

    public void addMember(Row row) {
        Long personId = memberChoice.get(row.id());
        if (personId == null) {
            EnrolmentPages.error(null, "cohorts.choosePerson");
            return;
        }
        try {
            enrolments.addToCohort(me(), row.id(), personId);
            String who = enrolments.people(List.of(personId)).stream()
                    .map(Person::getDisplayName)
                    .findFirst()
                    .orElse("");
            EnrolmentPages.info("cohorts.added", who, row.name());
            memberChoice.remove(row.id());
        } catch (Refusal refused) {
            EnrolmentPages.error(null, "cohorts.notAllowed");
        }
    }

    private boolean valid(String form, String text, LocalDate date) {
        boolean ok = true;
        if (text == null || text.isBlank() || date == null) {
            EnrolmentPages.error(null, "cohorts.required");
            ok = false;
        } else if (text.strip().length() > MAX_NAME) {
            EnrolmentPages.error(null, "cohorts.nameLong", MAX_NAME);
            ok = false;
        } else if (SingleLine.hasBreak(text)) {
            EnrolmentPages.error(null, "cohorts.nameLineBreak");
            ok = false;
        }
        return ok;
    }

    private Person me() {
        return currentPerson.require();
    }

    public boolean isHasUnits() {
        return !unitsOf(me()).isEmpty();
    }

    public Long getCourseId() {
        return courseId;
    }

    public void setCourseId(Long courseId) {
        this.courseId = courseId;
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public Long getEditingId() {
        return editingId;
    }

    public String getEditName() {
        return editName;
    }

    public void setEditName(String editName) {
        this.editName = editName;
    }

    public LocalDate getEditDate() {
        return editDate;
    }

    public void setEditDate(LocalDate editDate) {
        this.editDate = editDate;
    }

    public Long getDeletingId() {
        return deletingId;
    }

    public Map<Long, Long> getMemberChoice() {
        return memberChoice;
    }

    /** The units the person may follow, as the organisation answers it. */
    private Set<Long> unitsOf(Person person) {
        return organisation.unitsFollowedBy(
                person.getId(),
                person.getRoles().contains(Role.ADMIN),
                person.getRoles().contains(Role.LEADER));
    }
}
