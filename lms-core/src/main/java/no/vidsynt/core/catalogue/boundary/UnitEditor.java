package no.vidsynt.core.catalogue.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.vidsynt.core.catalogue.control.AvailabilityJson;
import no.vidsynt.core.catalogue.control.CourseAccess;
import no.vidsynt.core.catalogue.control.CourseNotFound;
import no.vidsynt.core.catalogue.control.CourseStructure;
import no.vidsynt.core.catalogue.control.EditConflict;
import no.vidsynt.core.catalogue.control.Editor;
import no.vidsynt.core.catalogue.control.InvalidChange;
import no.vidsynt.core.catalogue.control.PublishedCourse.Availability;
import no.vidsynt.core.catalogue.control.PublishedCourse.Prerequisite;
import no.vidsynt.core.catalogue.control.UnitSettings;
import no.vidsynt.core.catalogue.control.UnitTypes;
import no.vidsynt.core.catalogue.entity.Course;
import no.vidsynt.core.catalogue.entity.CourseSection;
import no.vidsynt.core.catalogue.entity.CourseUnit;
import no.vidsynt.core.organisation.control.Organisation;
import no.vidsynt.core.people.entity.Role;
import no.vidsynt.core.spi.UnitType;

/**
 * Backing bean of /author/unit.xhtml: one unit's title, whether it is required, its type's own settings (through the
 * type's author fragment, which edits {@code #{unitEditor.texts}}) and its availability rules. Times are entered in
 * Europe/Oslo and stored in UTC.
 */
@Named
@ViewScoped
public class UnitEditor implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    @Inject
    CurrentEditor editor;

    @Inject
    CourseAccess access;

    @Inject
    CourseStructure structure;

    @Inject
    UnitTypes unitTypes;

    @Inject
    transient Organisation organisation;

    @PersistenceContext
    transient EntityManager em;

    private Long id;
    private long courseId;
    private String courseTitle;
    private long version;
    private String type;
    private String settings;
    private String title;
    private boolean required;
    private final Map<String, String> texts = new LinkedHashMap<>();
    private List<String> prerequisites = new ArrayList<>();
    private List<String> courses = new ArrayList<>();
    private LocalDateTime from;
    private LocalDateTime until;
    private List<String> orgUnits = new ArrayList<>();
    private List<String> roles = new ArrayList<>();
    private List<SelectItem> prerequisiteOptions = List.of();
    private List<SelectItem> courseOptions = List.of();
    private List<SelectItem> orgUnitOptions = List.of();

    /** View action: loads the unit, or answers 404 when it is not in a course the author may edit. */
    public void load() {
        try {
            if (id == null) {
                throw new CourseNotFound("unit", 0);
            }
            reload();
        } catch (CourseNotFound e) {
            try {
                FacesContext faces = FacesContext.getCurrentInstance();
                faces.getExternalContext().responseSendError(404, "");
                faces.responseComplete();
            } catch (IOException io) {
                throw new UncheckedIOException(io);
            }
        }
    }

    private void reload() {
        Editor who = editor.get();
        Course course = access.courseOfUnit(who, id);
        CourseUnit unit = access.unit(course, id);
        courseId = course.getId();
        courseTitle = course.getTitle();
        version = course.getVersion();
        type = unit.getUnitType();
        settings = unit.getSettings();
        title = unit.getTitle();
        required = unit.isRequired();
        texts.clear();
        texts.putAll(UnitSettings.texts(settings));
        Availability availability = AvailabilityJson.read(unit.getAvailability());
        prerequisites = new ArrayList<>();
        courses = new ArrayList<>();
        for (Prerequisite prerequisite : availability.prerequisites()) {
            if (prerequisite.kind() == Prerequisite.Kind.COURSE) {
                courses.add(String.valueOf(prerequisite.id()));
            } else {
                prerequisites.add(prerequisite.kind().name() + ":" + prerequisite.id());
            }
        }
        from = availability.from() == null ? null : LocalDateTime.ofInstant(availability.from(), OSLO);
        until = availability.until() == null ? null : LocalDateTime.ofInstant(availability.until(), OSLO);
        orgUnits =
                availability.orgUnits().stream().map(String::valueOf).sorted().toList();
        roles = availability.roles().stream().sorted().toList();
        options(who, course);
    }

    private void options(Editor who, Course course) {
        List<CourseUnit> units = access.units(courseId);
        List<SelectItem> choices = new ArrayList<>();
        for (CourseSection section : access.sections(courseId)) {
            if (section.isRemoved()) {
                continue;
            }
            choices.add(new SelectItem(
                    "SECTION:" + section.getId(), CatalogueTexts.get("unit.prerequisite.section", section.getTitle())));
            units.stream()
                    .filter(u -> !u.isRemoved()
                            && u.getSectionId() == section.getId()
                            && u.getId().longValue() != id)
                    .forEach(u -> choices.add(new SelectItem(
                            "UNIT:" + u.getId(), CatalogueTexts.get("unit.prerequisite.unit", u.getTitle()))));
        }
        prerequisiteOptions = choices;
        courseOptions = em.createNamedQuery(Course.ALL, Course.class).getResultList().stream()
                .filter(other -> other.getId().longValue() != course.getId())
                .map(other -> new SelectItem(String.valueOf(other.getId()), other.getTitle()))
                .toList();
        orgUnitOptions = organisation.unitNames().entrySet().stream()
                .sorted(Map.Entry.comparingByValue())
                .map(unit -> new SelectItem(String.valueOf(unit.getKey()), unit.getValue()))
                .toList();
    }

    public void save() {
        Set<Prerequisite> chosen = new java.util.LinkedHashSet<>();
        prerequisites.forEach(value -> {
            String[] parts = value.split(":");
            chosen.add(new Prerequisite(Prerequisite.Kind.valueOf(parts[0]), Long.parseLong(parts[1])));
        });
        courses.forEach(value -> chosen.add(new Prerequisite(Prerequisite.Kind.COURSE, Long.parseLong(value))));
        Set<Long> units = new HashSet<>();
        orgUnits.forEach(value -> units.add(Long.valueOf(value)));
        Availability availability =
                new Availability(List.copyOf(chosen), instant(from), instant(until), units, Set.copyOf(roles));
        try {
            structure.editUnit(
                    editor.get(),
                    courseId,
                    version,
                    id,
                    new CourseStructure.UnitChange(
                            title, required, UnitSettings.withTexts(settings, texts), availability));
            reload();
            CatalogueTexts.info("editor.saved");
        } catch (InvalidChange refused) {
            CatalogueTexts.show(
                    refused,
                    Map.of(
                            "title",
                            "unit:title",
                            "availability.until",
                            "unit:until",
                            "availability.prerequisites",
                            "unit:prerequisites"));
        } catch (EditConflict | jakarta.persistence.OptimisticLockException conflict) {
            CatalogueTexts.error(null, "editor.conflict");
            reload();
        }
    }

    private static Instant instant(LocalDateTime local) {
        return local == null ? null : local.atZone(OSLO).toInstant();
    }

    /** The type's author fragment, or null when the type has no settings of its own. */
    public String getAuthorFragment() {
        return type == null
                ? null
                : unitTypes.byKey(type).map(t -> t.authorFragment()).orElse(null);
    }

    /** The type's stand-alone learner view to preview the unit in (authors are not enrolled), or null. */
    public String getPreviewView() {
        return type == null
                ? null
                : unitTypes.byKey(type).map(UnitType::previewView).orElse(null);
    }

    public String getTypeLabel() {
        return unitTypes.byKey(type).map(t -> t.label(CatalogueTexts.locale())).orElse(type);
    }

    public List<SelectItem> getRoleOptions() {
        List<SelectItem> options = new ArrayList<>();
        for (Role role : Role.values()) {
            options.add(new SelectItem(role.groupName(), CatalogueTexts.get("role." + role.groupName())));
        }
        return options;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public long getCourseId() {
        return courseId;
    }

    public String getCourseTitle() {
        return courseTitle;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public boolean isRequired() {
        return required;
    }

    public void setRequired(boolean required) {
        this.required = required;
    }

    public Map<String, String> getTexts() {
        return texts;
    }

    public List<String> getPrerequisites() {
        return prerequisites;
    }

    public void setPrerequisites(List<String> prerequisites) {
        this.prerequisites = prerequisites == null ? new ArrayList<>() : prerequisites;
    }

    public List<String> getCourses() {
        return courses;
    }

    public void setCourses(List<String> courses) {
        this.courses = courses == null ? new ArrayList<>() : courses;
    }

    public LocalDateTime getFrom() {
        return from;
    }

    public void setFrom(LocalDateTime from) {
        this.from = from;
    }

    public LocalDateTime getUntil() {
        return until;
    }

    public void setUntil(LocalDateTime until) {
        this.until = until;
    }

    public List<String> getOrgUnits() {
        return orgUnits;
    }

    public void setOrgUnits(List<String> orgUnits) {
        this.orgUnits = orgUnits == null ? new ArrayList<>() : orgUnits;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles == null ? new ArrayList<>() : roles;
    }

    public List<SelectItem> getPrerequisiteOptions() {
        return prerequisiteOptions;
    }

    public List<SelectItem> getCourseOptions() {
        return courseOptions;
    }

    public List<SelectItem> getOrgUnitOptions() {
        return orgUnitOptions;
    }
}
