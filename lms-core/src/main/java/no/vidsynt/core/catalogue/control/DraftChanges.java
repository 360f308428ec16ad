package no.vidsynt.core.catalogue.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What an author has changed since the last publication: the draft (as it would be published) compared with the
 * latest published version, ignoring the version number and time. An empty list means nothing to publish.
 */
public final class DraftChanges {

    /** What kind of change. */
    public enum Kind {
        NEVER_PUBLISHED,
        COURSE_DETAILS,
        SECTION_ADDED,
        SECTION_REMOVED,
        SECTION_CHANGED,
        UNIT_ADDED,
        UNIT_REMOVED,
        UNIT_CHANGED,
        ORDER_CHANGED
    }

    /**
     * One change.
     *
     * @param kind what changed
     * @param title the title of the section or unit concerned (the course's for details and order)
     */
    public record Change(Kind kind, String title) {}

    private DraftChanges() {}

    public static List<Change> between(PublishedCourse published, PublishedCourse draft) {
        if (published == null) {
            return List.of(new Change(Kind.NEVER_PUBLISHED, draft.title()));
        }
        List<Change> changes = new ArrayList<>();
        if (!Objects.equals(published.title(), draft.title())
                || !Objects.equals(published.summary(), draft.summary())
                || published.completionRule() != draft.completionRule()
                || !Objects.equals(published.completionCount(), draft.completionCount())) {
            changes.add(new Change(Kind.COURSE_DETAILS, draft.title()));
        }
        Map<Long, PublishedCourse.Section> oldSections = byId(published.sections(), PublishedCourse.Section::id);
        Map<Long, PublishedCourse.Section> newSections = byId(draft.sections(), PublishedCourse.Section::id);
        newSections.values().forEach(section -> {
            PublishedCourse.Section before = oldSections.get(section.id());
            if (before == null) {
                changes.add(new Change(Kind.SECTION_ADDED, section.title()));
            } else if (!before.title().equals(section.title())) {
                changes.add(new Change(Kind.SECTION_CHANGED, section.title()));
            }
        });
        oldSections.values().stream()
                .filter(section -> !newSections.containsKey(section.id()))
                .forEach(section -> changes.add(new Change(Kind.SECTION_REMOVED, section.title())));

        Map<Long, PublishedCourse.Unit> oldUnits = byId(published.units(), PublishedCourse.Unit::id);
        Map<Long, PublishedCourse.Unit> newUnits = byId(draft.units(), PublishedCourse.Unit::id);
        newUnits.values().forEach(unit -> {
            PublishedCourse.Unit before = oldUnits.get(unit.id());
            if (before == null) {
                changes.add(new Change(Kind.UNIT_ADDED, unit.title()));
            } else if (!before.equals(unit)) {
                changes.add(new Change(Kind.UNIT_CHANGED, unit.title()));
            }
        });
        oldUnits.values().stream()
                .filter(unit -> !newUnits.containsKey(unit.id()))
                .forEach(unit -> changes.add(new Change(Kind.UNIT_REMOVED, unit.title())));

        if (!order(published, newSections.keySet(), newUnits.keySet())
                .equals(order(draft, oldSections.keySet(), oldUnits.keySet()))) {
            changes.add(new Change(Kind.ORDER_CHANGED, draft.title()));
        }
        return changes;
    }

    /** Sections and their units by id, in order, keeping only those the other version has too. */
    private static List<String> order(PublishedCourse course, Set<Long> sections, Set<Long> units) {
        return course.sections().stream()
                .filter(section -> sections.contains(section.id()))
                .map(section -> section.id() + ":"
                        + section.units().stream()
                                .filter(unit -> units.contains(unit.id()))
                                .map(unit -> String.valueOf(unit.id()))
                                .collect(Collectors.joining(",")))
                .toList();
    }

    private static <T> Map<Long, T> byId(List<T> items, Function<T, Long> id) {
        Map<Long, T> map = new LinkedHashMap<>();
        items.forEach(item -> map.put(id.apply(item), item));
        return map;
    }
}
