package no.vidsynt.core.enrolment.boundary;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.vidsynt.core.catalogue.control.CourseCatalogue;
import no.vidsynt.core.enrolment.control.Enrolments;
import no.vidsynt.core.enrolment.entity.CourseUnitEnrolment;
import no.vidsynt.core.organisation.control.Organisation;
import no.vidsynt.core.people.entity.Person;
import no.vidsynt.core.people.entity.Role;
import no.vidsynt.core.platform.Refusal;
import no.vidsynt.core.security.boundary.CurrentPerson;

/**
 * /leader/enrol.xhtml: a leader enrols a unit they lead in a published course (after a confirmation that says how many
 * people it concerns), sees the units' standing enrolments, and can undo one (after a confirmation too).
 */
@Named
@ViewScoped
public class UnitEnrolmentPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Enrolments enrolments;

    @Inject
    transient CourseCatalogue catalogue;

    @Inject
    transient Organisation organisation;

    @Inject
    transient CurrentPerson currentPerson;

    /** One standing enrolment as the page lists it. */
    public record Standing(long unitId, String unitName, long courseId, String courseTitle, String since) {}

    private Long unitId;
    private Long courseId;
    private boolean confirming;
    private int peopleInUnit;
    private Standing undoing;
    private Standing justEnrolled;

    public List<SelectItem> getUnits() {
        Map<Long, String> names = organisation.unitNames();
        Map<Long, String> mine = new HashMap<>();
        unitsOf(me()).forEach(id -> mine.put(id, names.getOrDefault(id, "#" + id)));
        return EnrolmentPages.options(mine);
    }

    public List<SelectItem> getCourses() {
        Map<Long, String> titles = new HashMap<>();
        catalogue.published().forEach(course -> titles.put(course.id(), course.title()));
        return EnrolmentPages.options(titles);
    }

    public boolean isHasUnits() {
        return !unitsOf(me()).isEmpty();
    }

    /** Step one: what would happen. */
    public void review() {
        undoing = null;
        justEnrolled = null;
        if (unitId == null || courseId == null) {
            EnrolmentPages.error(null, "unitEnrol.required");
            return;
        }
        try {
            peopleInUnit = enrolments.unitMembers(me(), unitId).size();
            catalogue
                    .published(courseId)
                    .orElseThrow(() -> Refusal.notFound(Enrolments.BUNDLE, "refused.noPublishedCourse", courseId));
            confirming = true;
        } catch (Refusal notFound) {
            EnrolmentPages.error(null, "unitEnrol.notFound");
        }
    }

    /** Step two: enrol. */
    public void confirm() {
        if (!confirming || unitId == null || courseId == null) {
            return;
        }
        try {
            int enrolled = enrolments.enrolUnit(me(), unitId, courseId, null);
            justEnrolled = new Standing(unitId, unitName(unitId), courseId, courseTitle(courseId), null);
            EnrolmentPages.info("unitEnrol.done", enrolled, courseTitle(courseId));
        } catch (Refusal notFound) {
            EnrolmentPages.error(null, "unitEnrol.notFound");
        }
        confirming = false;
    }

    public void cancel() {
        confirming = false;
        undoing = null;
    }

    public String getConfirmText() {
        return EnrolmentPages.text("unitEnrol.confirmText", unitName(unitId), peopleInUnit, courseTitle(courseId));
    }

    /** Asks before undoing a standing enrolment. */
    public void askUndo(long unit, long course) {
        confirming = false;
        undoing = new Standing(unit, unitName(unit), course, courseTitle(course), null);
    }

    public String getUndoText() {
        return undoing == null
                ? ""
                : EnrolmentPages.text("unitEnrol.undoConfirmText", undoing.unitName(), undoing.courseTitle());
    }

    public void undo() {
        if (undoing == null) {
            return;
        }
        try {
            int withdrawn = enrolments.undoUnitEnrolment(me(), undoing.unitId(), undoing.courseId());
            EnrolmentPages.info("unitEnrol.undone", withdrawn);
        } catch (Refusal notFound) {
            EnrolmentPages.error(null, "unitEnrol.notFound");
        }
        undoing = null;
        justEnrolled = null;
    }

    /** The standing enrolments of every unit the caller manages. */
    public List<Standing> getStanding() {
        Person me = me();
        Map<Long, String> names = organisation.unitNames();
        List<Standing> rows = new ArrayList<>();
        for (long unit : unitsOf(me)) {
            for (CourseUnitEnrolment rule : enrolments.unitEnrolments(me, unit)) {
                rows.add(new Standing(
                        unit,
                        names.getOrDefault(unit, "#" + unit),
                        rule.getCourseId(),
                        courseTitle(rule.getCourseId()),
                        EnrolmentPages.text(
                                "unitEnrol.since",
                                EnrolmentPages.dateTime(rule.getCreatedAt(), EnrolmentPages.locale()),
                                rule.getCreatedBy())));
            }
        }
        rows.sort(Comparator.comparing(Standing::unitName).thenComparing(Standing::courseTitle));
        return rows;
    }

    private String unitName(Long unit) {
        return unit == null ? "" : organisation.unitNames().getOrDefault(unit, "#" + unit);
    }

    private String courseTitle(Long course) {
        return course == null ? "" : catalogue.titles(List.of(course)).getOrDefault(course, "#" + course);
    }

    private Person me() {
        return currentPerson.require();
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public Long getCourseId() {
        return courseId;
    }

    public void setCourseId(Long courseId) {
        this.courseId = courseId;
    }

    public boolean isConfirming() {
        return confirming;
    }

    public Standing getUndoing() {
        return undoing;
    }

    public Standing getJustEnrolled() {
        return justEnrolled;
    }

    /** The units the person may follow, as the organisation answers it. */
    private Set<Long> unitsOf(Person person) {
        return organisation.unitsFollowedBy(
                person.getId(),
                person.getRoles().contains(Role.ADMIN),
                person.getRoles().contains(Role.LEADER));
    }
}
