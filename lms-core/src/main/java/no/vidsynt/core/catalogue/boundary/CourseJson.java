package no.vidsynt.core.catalogue.boundary;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.List;
import no.vidsynt.core.catalogue.control.AvailabilityJson;
import no.vidsynt.core.catalogue.control.Catalogue;
import no.vidsynt.core.catalogue.control.CourseDetails;
import no.vidsynt.core.catalogue.control.DraftChanges;
import no.vidsynt.core.catalogue.control.PublishedCourse;
import no.vidsynt.core.catalogue.control.PublishedCourse.Availability;
import no.vidsynt.core.catalogue.control.PublishedCourse.CompletionRule;
import no.vidsynt.core.catalogue.control.UnitSettings;
import no.vidsynt.core.catalogue.entity.Course;
import no.vidsynt.core.catalogue.entity.CourseSection;
import no.vidsynt.core.catalogue.entity.CourseUnit;
import no.vidsynt.core.catalogue.entity.CourseVersion;

/**
 * What the catalogue API reads and writes, as JSON. Inputs are checked by the services (field errors as 400), not by
 * Bean Validation annotations here: Payara 6.2025.10's OpenAPI generator fails on constraint annotations of record
 * components and parameters (a NullPointerException in ApplicationProcessor.addSchemaParameter).
 */
public final class CourseJson {

    private CourseJson() {}

    /** A page of results. */
    public record Page<T>(List<T> items, long total, int page, int size) {}

    /** A published course in the catalogue list. */
    public record Listed(
            long id,
            String programme,
            String title,
            String summary,
            boolean selfEnrolment,
            int version,
            Instant publishedAt,
            int units) {
        static Listed of(Catalogue.Entry entry) {
            PublishedCourse course = entry.course();
            return new Listed(
                    course.courseId(),
                    course.programmeKey(),
                    course.title(),
                    course.summary(),
                    entry.selfEnrolment(),
                    course.version(),
                    course.publishedAt(),
                    course.units().size());
        }
    }

    /** A course to create or its new details; {@code version} is the course version the change is based on. */
    public record CourseInput(
            String programme,
            String title,
            String summary,
            boolean selfEnrolment,
            CompletionRule completionRule,
            Integer completionCount,
            Long version) {
        CourseDetails details() {
            return new CourseDetails(title, summary, selfEnrolment, completionRule, completionCount);
        }
    }

    /** A title for a new or renamed section. */
    public record SectionInput(String title) {}

    /** A new unit. */
    public record NewUnit(String type, String title) {}

    /** A unit's editable fields. Settings: the type's JSON object (a task: {"text": "..."}). */
    public record UnitInput(String title, boolean required, JsonObject settings, Availability availability) {}

    /** A complete new order of sections or of a section's units. */
    public record Order(List<Long> ids) {}

    /** A person to add as author. */
    public record AuthorInput(String username) {}

    /** One publication. */
    public record Version(int version, Instant publishedAt, String publishedBy) {
        static Version of(CourseVersion version) {
            return new Version(version.getVersionNo(), version.getPublishedAt(), version.getPublishedBy());
        }
    }

    /** A unit of the draft. */
    public record DraftUnit(
            long id,
            String type,
            String title,
            int position,
            boolean required,
            JsonObject settings,
            Availability availability) {
        static DraftUnit of(CourseUnit unit) {
            return new DraftUnit(
                    unit.getId(),
                    unit.getUnitType(),
                    unit.getTitle(),
                    unit.getPosition(),
                    unit.isRequired(),
                    UnitSettings.parse(unit.getSettings()).orElse(JsonValue.EMPTY_JSON_OBJECT),
                    AvailabilityJson.read(unit.getAvailability()));
        }
    }

    /** A section of the draft with its units in order. */
    public record DraftSection(long id, String title, int position, List<DraftUnit> units) {}

    /** The draft as its authors see it, with what publishing would change. */
    public record Draft(
            long id,
            String programme,
            String title,
            String summary,
            boolean selfEnrolment,
            CompletionRule completionRule,
            Integer completionCount,
            Integer publishedVersion,
            long version,
            boolean unpublishedChanges,
            List<DraftChanges.Change> changes,
            List<String> authors,
            List<DraftSection> sections) {

        static Draft of(
                Course course,
                List<CourseSection> sections,
                List<CourseUnit> units,
                List<DraftChanges.Change> changes,
                List<String> authors) {
            List<DraftSection> draftSections = sections.stream()
                    .filter(section -> !section.isRemoved())
                    .map(section -> new DraftSection(
                            section.getId(),
                            section.getTitle(),
                            section.getPosition(),
                            units.stream()
                                    .filter(unit -> !unit.isRemoved() && unit.getSectionId() == section.getId())
                                    .map(DraftUnit::of)
                                    .toList()))
                    .toList();
            return new Draft(
                    course.getId(),
                    course.getProgrammeKey(),
                    course.getTitle(),
                    course.getSummary(),
                    course.isSelfEnrolment(),
                    course.getCompletionRule(),
                    course.getCompletionCount(),
                    course.getPublishedVersion(),
                    course.getVersion(),
                    !changes.isEmpty(),
                    changes,
                    authors,
                    draftSections);
        }
    }

    /** An author's course in the list of their courses. */
    public record Authored(long id, String programme, String title, Integer publishedVersion, long version) {
        static Authored of(Course course) {
            return new Authored(
                    course.getId(),
                    course.getProgrammeKey(),
                    course.getTitle(),
                    course.getPublishedVersion(),
                    course.getVersion());
        }
    }
}
