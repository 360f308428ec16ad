package no.vidsynt.core.catalogue.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.vidsynt.core.catalogue.control.PublishedCourse.Availability;
import no.vidsynt.core.catalogue.control.PublishedCourse.Prerequisite;
import no.vidsynt.core.catalogue.entity.Course;
import no.vidsynt.core.catalogue.entity.CourseSection;
import no.vidsynt.core.catalogue.entity.CourseUnit;
import no.vidsynt.core.organisation.entity.OrgUnit;

/**
 * Changes to a course's draft structure: sections and units added, edited, moved and removed. Each change raises the
 * course's version (see {@link CourseAccess#forChange}). Removing only marks rows removed, so unit ids stay valid.
 */
@ApplicationScoped
public class CourseStructure {

    private static final int MAX_TITLE = 200;

    @PersistenceContext
    EntityManager em;

    @Inject
    CourseAccess access;

    @Inject
    UnitTypes unitTypes;

    /** What an author sets on a unit. Settings are the type's JSON object; availability null means "always". */
    public record UnitChange(String title, boolean required, String settings, Availability availability) {}

    @Transactional
    public CourseSection addSection(Editor editor, long courseId, Long expectedVersion, String title) {
        String checked = title(title);
        Course course = access.forChange(editor, courseId, expectedVersion);
        int position = (int)
                access.sections(courseId).stream().filter(s -> !s.isRemoved()).count();
        CourseSection section = new CourseSection(course.getId(), checked, position);
        em.persist(section);
        em.flush();
        return section;
    }

    @Transactional
    public CourseSection renameSection(
            Editor editor, long courseId, Long expectedVersion, long sectionId, String title) {
        String checked = title(title);
        CourseSection section = access.section(access.forChange(editor, courseId, expectedVersion), sectionId);
        section.rename(checked);
        em.flush();
        return section;
    }

    /** Marks a section and its units removed. */
    @Transactional
    public void removeSection(Editor editor, long courseId, Long expectedVersion, long sectionId) {
        Course course = access.forChange(editor, courseId, expectedVersion);
        CourseSection section = access.section(course, sectionId);
        section.remove();
        access.units(courseId).stream()
                .filter(unit -> unit.getSectionId() == sectionId)
                .forEach(CourseUnit::remove);
        renumberSections(courseId, liveSectionIds(courseId));
        em.flush();
    }

    /** Moves a section up (negative steps) or down. */
    @Transactional
    public void moveSection(Editor editor, long courseId, Long expectedVersion, long sectionId, int steps) {
        access.section(access.forChange(editor, courseId, expectedVersion), sectionId);
        renumberSections(courseId, Ordering.move(liveSectionIds(courseId), sectionId, steps));
        em.flush();
    }

    /** Puts the course's sections in this order (all of them, each once). */
    @Transactional
    public void reorderSections(Editor editor, long courseId, Long expectedVersion, List<Long> order) {
        access.forChange(editor, courseId, expectedVersion);
        Ordering.checkReorder(liveSectionIds(courseId), order).ifPresent(v -> {
            throw new InvalidChange(v);
        });
        renumberSections(courseId, order);
        em.flush();
    }

    /** Adds a unit of a registered type at the end of a section. */
    @Transactional
    public CourseUnit addUnit(
            Editor editor, long courseId, Long expectedVersion, long sectionId, String type, String title) {
        List<Violation> problems = new ArrayList<>();
        if (type == null || unitTypes.byKey(type).isEmpty()) {
            problems.add(Violation.of("type", "error.unitType.unknown", type));
        }
        String checked = null;
        try {
            checked = title(title);
        } catch (InvalidChange e) {
            problems.addAll(e.violations());
        }
        InvalidChange.throwIfAny(problems);
        Course course = access.forChange(editor, courseId, expectedVersion);
        access.section(course, sectionId);
        int position = liveUnitIds(courseId, sectionId).size();
        CourseUnit unit = new CourseUnit(courseId, sectionId, type, checked, position);
        em.persist(unit);
        em.flush();
        return unit;
    }

    /** Changes a unit's title, whether it is required, its type's settings and its availability rules. */
    @Transactional
    public CourseUnit editUnit(Editor editor, long courseId, Long expectedVersion, long unitId, UnitChange change) {
        Course course = access.forChange(editor, courseId, expectedVersion);
        CourseUnit unit = access.unit(course, unitId);
        List<Violation> problems = new ArrayList<>();
        String title = null;
        try {
            title = title(change.title());
        } catch (InvalidChange e) {
            problems.addAll(e.violations());
        }
        if (change.settings() != null
                && (change.settings().length() > UnitSettings.MAX_LENGTH
                        || UnitSettings.parse(change.settings()).isEmpty())) {
            problems.add(Violation.of("settings", "error.settings.invalid"));
        }
        Availability availability = change.availability() == null ? Availability.ALWAYS : change.availability();
        problems.addAll(AvailabilityRules.problems(availability, context(course, unit)));
        InvalidChange.throwIfAny(problems);
        unit.edit(title, change.required(), change.settings(), AvailabilityJson.write(availability));
        em.flush();
        return unit;
    }

    @Transactional
    public void removeUnit(Editor editor, long courseId, Long expectedVersion, long unitId) {
        CourseUnit unit = access.unit(access.forChange(editor, courseId, expectedVersion), unitId);
        unit.remove();
        renumberUnits(courseId, unit.getSectionId(), liveUnitIds(courseId, unit.getSectionId()));
        em.flush();
    }

    /** Moves a unit up (negative steps) or down within its section. */
    @Transactional
    public void moveUnit(Editor editor, long courseId, Long expectedVersion, long unitId, int steps) {
        CourseUnit unit = access.unit(access.forChange(editor, courseId, expectedVersion), unitId);
        long section = unit.getSectionId();
        renumberUnits(courseId, section, Ordering.move(liveUnitIds(courseId, section), unitId, steps));
        em.flush();
    }

    /** Puts a section's units in this order (all of them, each once). */
    @Transactional
    public void reorderUnits(Editor editor, long courseId, Long expectedVersion, long sectionId, List<Long> order) {
        access.section(access.forChange(editor, courseId, expectedVersion), sectionId);
        Ordering.checkReorder(liveUnitIds(courseId, sectionId), order).ifPresent(v -> {
            throw new InvalidChange(v);
        });
        renumberUnits(courseId, sectionId, order);
        em.flush();
    }

    /** A section's units that are not removed, in order. */
    public List<CourseUnit> units(CourseSection section) {
        return access.units(section.getCourseId()).stream()
                .filter(unit -> !unit.isRemoved() && unit.getSectionId() == section.getId())
                .toList();
    }

    private AvailabilityRules.Context context(Course course, CourseUnit edited) {
        Map<Long, List<Long>> unitsBySection = new LinkedHashMap<>();
        List<Long> live = liveSectionIds(course.getId());
        live.forEach(id -> unitsBySection.put(id, new ArrayList<>()));
        Map<Long, List<Prerequisite>> rules = new HashMap<>();
        for (CourseUnit unit : access.units(course.getId())) {
            if (!unit.isRemoved() && unitsBySection.containsKey(unit.getSectionId())) {
                unitsBySection.get(unit.getSectionId()).add(unit.getId());
                if (unit.getId().longValue() != edited.getId()) {
                    rules.put(
                            unit.getId(),
                            AvailabilityJson.read(unit.getAvailability()).prerequisites());
                }
            }
        }
        return new AvailabilityRules.Context(
                course.getId(),
                edited.getId(),
                unitsBySection,
                rules,
                id -> em.find(Course.class, id) != null,
                id -> em.find(OrgUnit.class, id) != null);
    }

    private List<Long> liveSectionIds(long courseId) {
        return access.sections(courseId).stream()
                .filter(s -> !s.isRemoved())
                .map(CourseSection::getId)
                .toList();
    }

    private List<Long> liveUnitIds(long courseId, long sectionId) {
        return access.units(courseId).stream()
                .filter(u -> !u.isRemoved() && u.getSectionId() == sectionId)
                .map(CourseUnit::getId)
                .toList();
    }

    private void renumberSections(long courseId, List<Long> order) {
        access.sections(courseId).forEach(section -> {
            int index = order.indexOf(section.getId());
            if (index >= 0) {
                section.moveTo(index);
            }
        });
    }

    private void renumberUnits(long courseId, long sectionId, List<Long> order) {
        access.units(courseId).forEach(unit -> {
            int index = order.indexOf(unit.getId());
            if (index >= 0) {
                unit.moveTo(sectionId, index);
            }
        });
    }

    private static String title(String title) {
        String stripped = title == null ? "" : title.strip();
        if (stripped.isEmpty()) {
            throw new InvalidChange(Violation.of("title", "error.title.required"));
        }
        if (stripped.length() > MAX_TITLE) {
            throw new InvalidChange(Violation.of("title", "error.title.long", MAX_TITLE));
        }
        if (no.vidsynt.core.platform.input.SingleLine.hasBreak(stripped)) {
            throw new InvalidChange(Violation.of("title", "error.title.lineBreak"));
        }
        return stripped;
    }
}
