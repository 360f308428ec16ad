package no.vidsynt.core.catalogue.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import no.vidsynt.core.catalogue.control.AvailabilityJson;
import no.vidsynt.core.catalogue.control.CourseAccess;
import no.vidsynt.core.catalogue.control.CourseAuthoring;
import no.vidsynt.core.catalogue.control.CourseDetails;
import no.vidsynt.core.catalogue.control.CourseNotFound;
import no.vidsynt.core.catalogue.control.CoursePublishing;
import no.vidsynt.core.catalogue.control.CourseStructure;
import no.vidsynt.core.catalogue.control.DraftChanges;
import no.vidsynt.core.catalogue.control.EditConflict;
import no.vidsynt.core.catalogue.control.Editor;
import no.vidsynt.core.catalogue.control.InvalidChange;
import no.vidsynt.core.catalogue.control.PublishedCourse.CompletionRule;
import no.vidsynt.core.catalogue.control.UnitTypes;
import no.vidsynt.core.catalogue.entity.Course;
import no.vidsynt.core.catalogue.entity.CourseUnit;
import no.vidsynt.core.catalogue.entity.CourseVersion;
import no.vidsynt.core.spi.UnitType;

/**
 * Backing bean of /author/course.xhtml, the course editor: the course's details, its sections and units (add, rename,
 * move, remove, required or not), what is not yet published, publishing with a confirmation, and the versions.
 * Every change carries the course version the page showed, so a parallel change by someone else is reported, not
 * overwritten.
 */
@Named
@ViewScoped
public class CourseEditor implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    /** A unit as the structure list shows it. */
    public record UnitRow(long id, String title, String type, boolean required, boolean restricted) {
        public long getId() {
            return id;
        }

        public String getTitle() {
            return title;
        }

        public String getType() {
            return type;
        }

        public boolean isRequired() {
            return required;
        }

        public boolean isRestricted() {
            return restricted;
        }
    }

    /** A section with its units. */
    public record SectionRow(long id, String title, List<UnitRow> units) {
        public long getId() {
            return id;
        }

        public String getTitle() {
            return title;
        }

        public List<UnitRow> getUnits() {
            return units;
        }
    }

    /** A published version as the history shows it. */
    public record VersionRow(int number, String publishedAt, String publishedBy) {
        public int getNumber() {
            return number;
        }

        public String getPublishedAt() {
            return publishedAt;
        }

        public String getPublishedBy() {
            return publishedBy;
        }
    }

    /** One unpublished change, ready to show. */
    public record ChangeRow(String text) {
        public String getText() {
            return text;
        }
    }

    @Inject
    CurrentEditor editor;

    @Inject
    CourseAccess access;

    @Inject
    CourseAuthoring authoring;

    @Inject
    CourseStructure structure;

    @Inject
    CoursePublishing publishing;

    @Inject
    UnitTypes unitTypes;

    private Long id;
    private long version;
    private boolean loaded;
    private String programme;
    private Integer publishedVersion;
    private String title;
    private String summary;
    private boolean selfEnrolment;
    private CompletionRule completionRule;
    private Integer completionCount;
    private List<SectionRow> sections = List.of();
    private List<ChangeRow> changes = List.of();
    private List<VersionRow> versions = List.of();
    private List<String> authors = List.of();
    private String newSectionTitle;
    private String newAuthor;
    private final Map<Long, String> newUnitTitles = new java.util.HashMap<>();
    private final Map<Long, String> newUnitTypes = new java.util.HashMap<>();
    private Long renamingSection;
    private String sectionTitle;
    private Long removingSection;
    private Long removingUnit;
    private boolean confirmingPublish;
    private boolean confirmingDelete;

    /** View action: loads the course, or answers 404 when there is none the author may edit. */
    public void load() {
        if (id == null) {
            notFound();
            return;
        }
        try {
            reload();
        } catch (CourseNotFound e) {
            notFound();
        }
    }

    private void reload() {
        Editor who = editor.get();
        Course course = access.editable(who, id);
        version = course.getVersion();
        programme = course.getProgrammeKey();
        publishedVersion = course.getPublishedVersion();
        title = course.getTitle();
        summary = course.getSummary();
        selfEnrolment = course.isSelfEnrolment();
        completionRule = course.getCompletionRule();
        completionCount = course.getCompletionCount();
        List<CourseUnit> units = access.units(id);
        sections = access.sections(id).stream()
                .filter(section -> !section.isRemoved())
                .map(section -> new SectionRow(
                        section.getId(),
                        section.getTitle(),
                        units.stream()
                                .filter(unit -> !unit.isRemoved() && unit.getSectionId() == section.getId())
                                .map(unit -> new UnitRow(
                                        unit.getId(),
                                        unit.getTitle(),
                                        typeLabel(unit.getUnitType()),
                                        unit.isRequired(),
                                        !AvailabilityJson.read(unit.getAvailability())
                                                .isUnrestricted()))
                                .toList()))
                .toList();
        changes = publishing.unpublishedChanges(course).stream()
                .map(CourseEditor::describe)
                .toList();
        versions = publishing.versions(id).stream().map(CourseEditor::row).toList();
        authors = authoring.authorNames(course);
        loaded = true;
    }

    private static ChangeRow describe(DraftChanges.Change change) {
        return new ChangeRow(CatalogueTexts.get("change." + change.kind().name(), change.title()));
    }

    private static VersionRow row(CourseVersion version) {
        return new VersionRow(
                version.getVersionNo(), SHOWN.format(version.getPublishedAt().atZone(OSLO)), version.getPublishedBy());
    }

    private String typeLabel(String key) {
        return unitTypes
                .byKey(key)
                .map(type -> type.label(CatalogueTexts.locale()))
                .orElse(key);
    }

    /**
     * Runs one change against the version shown; reloads afterwards in every case, so the page always shows the
     * course as it now is.
     */
    private boolean change(Consumer<Editor> change, Map<String, String> fields, String doneKey) {
        try {
            change.accept(editor.get());
            reload();
            if (doneKey != null) {
                CatalogueTexts.info(doneKey);
            }
            return true;
        } catch (InvalidChange refused) {
            CatalogueTexts.show(refused, fields);
        } catch (EditConflict | jakarta.persistence.OptimisticLockException conflict) {
            CatalogueTexts.error(null, "editor.conflict");
            reload();
        } catch (CourseNotFound gone) {
            CatalogueTexts.error(null, "editor.gone");
            reload();
        }
        return false;
    }

    public void saveDetails() {
        change(
                who -> authoring.update(
                        who,
                        id,
                        version,
                        new CourseDetails(title, summary, selfEnrolment, completionRule, completionCount)),
                Map.of(
                        "title",
                        "details:title",
                        "summary",
                        "details:summary",
                        "completionCount",
                        "details:completionCount"),
                "editor.saved");
    }

    public void addSection() {
        if (change(
                who -> structure.addSection(who, id, version, newSectionTitle),
                Map.of("title", "newSection:sectionTitle"),
                null)) {
            newSectionTitle = null;
        }
    }

    public void startRename(long sectionId, String current) {
        renamingSection = sectionId;
        sectionTitle = current;
    }

    public void saveRename() {
        if (change(who -> structure.renameSection(who, id, version, renamingSection, sectionTitle), Map.of(), null)) {
            renamingSection = null;
        }
    }

    public void cancel() {
        renamingSection = null;
        removingSection = null;
        removingUnit = null;
        confirmingPublish = false;
        confirmingDelete = false;
    }

    public void moveSection(long sectionId, int steps) {
        change(who -> structure.moveSection(who, id, version, sectionId, steps), Map.of(), null);
    }

    public void askRemoveSection(long sectionId) {
        cancel();
        removingSection = sectionId;
    }

    public void removeSection() {
        if (change(who -> structure.removeSection(who, id, version, removingSection), Map.of(), "editor.removed")) {
            removingSection = null;
        }
    }

    public void addUnit(long sectionId) {
        String type = newUnitTypes.getOrDefault(sectionId, defaultType());
        if (change(
                who -> structure.addUnit(who, id, version, sectionId, type, newUnitTitles.get(sectionId)),
                Map.of(),
                null)) {
            newUnitTitles.remove(sectionId);
        }
    }

    public void moveUnit(long unitId, int steps) {
        change(who -> structure.moveUnit(who, id, version, unitId, steps), Map.of(), null);
    }

    /** Makes a unit required, or no longer required, keeping everything else about it. */
    public void toggleRequired(long unitId) {
        change(
                who -> {
                    CourseUnit unit = access.unit(access.editable(who, id), unitId);
                    structure.editUnit(
                            who,
                            id,
                            version,
                            unitId,
                            new CourseStructure.UnitChange(
                                    unit.getTitle(),
                                    !unit.isRequired(),
                                    unit.getSettings(),
                                    AvailabilityJson.read(unit.getAvailability())));
                },
                Map.of(),
                null);
    }

    public void askRemoveUnit(long unitId) {
        cancel();
        removingUnit = unitId;
    }

    public void removeUnit() {
        if (change(who -> structure.removeUnit(who, id, version, removingUnit), Map.of(), "editor.removed")) {
            removingUnit = null;
        }
    }

    /** Asks "publish as version n?" only when the draft can be published; otherwise says first what is missing. */
    public void askPublish() {
        cancel();
        confirmingPublish =
                change(who -> InvalidChange.throwIfAny(publishing.publishProblems(who, id)), Map.of(), null);
    }

    public void publish() {
        if (change(who -> publishing.publish(who, id, version), Map.of(), null)) {
            CatalogueTexts.info("editor.published", publishedVersion);
        }
        confirmingPublish = false;
    }

    public void askDelete() {
        cancel();
        confirmingDelete = true;
    }

    public String delete() {
        if (change(who -> authoring.delete(who, id, version), Map.of(), null)) {
            return "/author/courses.xhtml?faces-redirect=true";
        }
        confirmingDelete = false;
        return null;
    }

    public void addAuthor() {
        if (change(
                who -> authoring.addAuthor(who, id, newAuthor),
                Map.of("username", "authors:newAuthor"),
                "editor.authorAdded")) {
            newAuthor = null;
        }
    }

    public List<UnitType> getUnitTypes() {
        return List.copyOf(unitTypes.all());
    }

    public String label(UnitType type) {
        return type.label(CatalogueTexts.locale());
    }

    private String defaultType() {
        return unitTypes.all().stream().findFirst().map(UnitType::key).orElse(null);
    }

    private static void notFound() {
        try {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, "");
            faces.responseComplete();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public CompletionRule[] getCompletionRules() {
        return CompletionRule.values();
    }

    public boolean isLoaded() {
        return loaded;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public long getVersion() {
        return version;
    }

    public String getProgramme() {
        return programme;
    }

    public Integer getPublishedVersion() {
        return publishedVersion;
    }

    public boolean isPublished() {
        return publishedVersion != null;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public boolean isSelfEnrolment() {
        return selfEnrolment;
    }

    public void setSelfEnrolment(boolean selfEnrolment) {
        this.selfEnrolment = selfEnrolment;
    }

    public CompletionRule getCompletionRule() {
        return completionRule;
    }

    public void setCompletionRule(CompletionRule completionRule) {
        this.completionRule = completionRule;
    }

    public Integer getCompletionCount() {
        return completionCount;
    }

    public void setCompletionCount(Integer completionCount) {
        this.completionCount = completionCount;
    }

    public List<SectionRow> getSections() {
        return sections;
    }

    public List<ChangeRow> getChanges() {
        return changes;
    }

    public List<VersionRow> getVersions() {
        return versions;
    }

    public List<String> getAuthors() {
        return authors;
    }

    public String getNewSectionTitle() {
        return newSectionTitle;
    }

    public void setNewSectionTitle(String newSectionTitle) {
        this.newSectionTitle = newSectionTitle;
    }

    public String getNewAuthor() {
        return newAuthor;
    }

    public void setNewAuthor(String newAuthor) {
        this.newAuthor = newAuthor;
    }

    public Map<Long, String> getNewUnitTitles() {
        return newUnitTitles;
    }

    public Map<Long, String> getNewUnitTypes() {
        return newUnitTypes;
    }

    public Long getRenamingSection() {
        return renamingSection;
    }

    public String getSectionTitle() {
        return sectionTitle;
    }

    public void setSectionTitle(String sectionTitle) {
        this.sectionTitle = sectionTitle;
    }

    public Long getRemovingSection() {
        return removingSection;
    }

    public Long getRemovingUnit() {
        return removingUnit;
    }

    public boolean isConfirmingPublish() {
        return confirmingPublish;
    }

    public boolean isConfirmingDelete() {
        return confirmingDelete;
    }

    public int getNextVersion() {
        return versions.isEmpty() ? 1 : versions.get(0).number() + 1;
    }
}
