package no.vidsynt.core.catalogue.control;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import no.vidsynt.core.catalogue.entity.Course;
import no.vidsynt.core.catalogue.entity.CourseSection;
import no.vidsynt.core.catalogue.entity.CourseUnit;

/**
 * Turns a course's draft rows into the structure learners would see if it were published now: removed sections and
 * units left out, the rest in their positions.
 */
public final class DraftStructure {

    private static final Comparator<CourseSection> SECTION_ORDER =
            Comparator.comparingInt(CourseSection::getPosition).thenComparing(CourseSection::getId);
    private static final Comparator<CourseUnit> UNIT_ORDER =
            Comparator.comparingInt(CourseUnit::getPosition).thenComparing(CourseUnit::getId);

    private DraftStructure() {}

    public static PublishedCourse build(
            Course course, List<CourseSection> sections, List<CourseUnit> units, int versionNo, Instant publishedAt) {
        List<PublishedCourse.Section> published = sections.stream()
                .filter(section -> !section.isRemoved())
                .sorted(SECTION_ORDER)
                .map(section -> new PublishedCourse.Section(
                        section.getId(),
                        section.getTitle(),
                        units.stream()
                                .filter(unit -> !unit.isRemoved() && unit.getSectionId() == section.getId())
                                .sorted(UNIT_ORDER)
                                .map(DraftStructure::unit)
                                .toList()))
                .toList();
        return new PublishedCourse(
                course.getId(),
                course.getProgrammeKey(),
                course.getTitle(),
                course.getSummary(),
                versionNo,
                publishedAt,
                course.getCompletionRule(),
                course.getCompletionCount(),
                published);
    }

    private static PublishedCourse.Unit unit(CourseUnit unit) {
        return new PublishedCourse.Unit(
                unit.getId(),
                unit.getUnitType(),
                unit.getTitle(),
                unit.isRequired(),
                AvailabilityJson.read(unit.getAvailability()));
    }

    /** Checks that a draft can be published: it has units, and its completion rule can be met. */
    public static List<Violation> publishProblems(PublishedCourse draft) {
        List<PublishedCourse.Unit> units = draft.units();
        if (units.isEmpty()) {
            return List.of(Violation.of("sections", "error.publish.noUnits"));
        }
        if (draft.completionRule() == PublishedCourse.CompletionRule.ALL_REQUIRED
                && units.stream().noneMatch(PublishedCourse.Unit::required)) {
            return List.of(Violation.of("units", "error.publish.noRequired"));
        }
        if (draft.completionRule() == PublishedCourse.CompletionRule.N_OF_M
                && (draft.completionCount() == null || draft.completionCount() > units.size())) {
            return List.of(Violation.of("completionCount", "error.publish.countTooHigh", units.size()));
        }
        return List.of();
    }
}
