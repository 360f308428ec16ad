package no.vidsynt.core.leader.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.vidsynt.core.catalogue.control.CourseCatalogue;
import no.vidsynt.core.enrolment.control.EnrolmentFacts;
import no.vidsynt.core.organisation.control.Organisation;
import no.vidsynt.core.people.entity.Person;
import no.vidsynt.core.people.entity.Role;

/**
 * What a leader sees of their units' learning: per course, how many are enrolled, have started and have completed,
 * per unit and in total, as the enrolment feature counts them; never one person's details, and counts below five are
 * masked.
 * Leaders see the units they lead (and those below); administrators see every unit.
 */
@ApplicationScoped
public class LeaderOverview {

    @Inject
    Organisation organisation;

    @Inject
    EnrolmentFacts enrolments;

    @Inject
    CourseCatalogue catalogue;

    /** Counts for one course, each a number of at least five or "&lt;5". */
    public record Counts(long courseId, String courseTitle, String enrolled, String started, String completed) {}

    /** One organisational unit (its own members, not those of units below) and its courses. */
    public record UnitCounts(long unitId, String unitName, List<Counts> courses) {}

    /** Totals over all the leader's units (each person counted once) and the per-unit rows. */
    public record Overview(List<Counts> totals, List<UnitCounts> units) {}

    /** The units the person may follow: everything for admins, their own (and below) for leaders, else none. */
    public Set<Long> unitsOf(Person person) {
        return organisation.unitsFollowedBy(
                person.getId(),
                person.getRoles().contains(Role.ADMIN),
                person.getRoles().contains(Role.LEADER));
    }

    /**
     * The overview for the person's units, optionally only one unit (and below) and one course. A unit the person may
     * not follow yields nothing: callers answer "not found".
     */
    public Overview overview(Person person, Long unitFilter, Long courseFilter) {
        Set<Long> units = unitsOf(person);
        if (unitFilter != null) {
            if (!units.contains(unitFilter)) {
                return new Overview(List.of(), List.of());
            }
            units = new HashSet<>(organisation.unitAndDescendants(unitFilter));
            units.retainAll(unitsOf(person));
        }
        if (units.isEmpty()) {
            return new Overview(List.of(), List.of());
        }
        Map<Long, Set<Long>> members = organisation.membersByUnit(units);
        Set<Long> everyone = new HashSet<>();
        members.values().forEach(everyone::addAll);
        // The totals count each person once, also someone who belongs to two of the units.
        List<EnrolmentFacts.CourseCounts> total = enrolments.counts(everyone, courseFilter);
        Map<Long, List<EnrolmentFacts.CourseCounts>> perUnit = new LinkedHashMap<>();
        members.forEach((unit, people) -> perUnit.put(unit, enrolments.counts(people, courseFilter)));

        Set<Long> courseIds = new HashSet<>();
        total.forEach(row -> courseIds.add(row.courseId()));
        Map<Long, String> titles = catalogue.titles(courseIds);
        Map<Long, String> names = organisation.unitNames();

        List<Counts> totals = total.stream()
                .map(row -> counts(row, titles))
                .sorted(Comparator.comparing(Counts::courseTitle))
                .toList();
        Map<Long, List<Counts>> byUnit = new LinkedHashMap<>();
        perUnit.forEach((unit, rows) -> {
            if (!rows.isEmpty()) {
                byUnit.put(unit, rows.stream().map(row -> counts(row, titles)).toList());
            }
        });
        List<UnitCounts> unitRows = byUnit.entrySet().stream()
                .map(entry -> new UnitCounts(
                        entry.getKey(),
                        names.getOrDefault(entry.getKey(), "#" + entry.getKey()),
                        entry.getValue().stream()
                                .sorted(Comparator.comparing(Counts::courseTitle))
                                .toList()))
                .sorted(Comparator.comparing(UnitCounts::unitName))
                .toList();
        return new Overview(totals, unitRows);
    }

    private static Counts counts(EnrolmentFacts.CourseCounts row, Map<Long, String> titles) {
        return new Counts(
                row.courseId(),
                titles.getOrDefault(row.courseId(), "#" + row.courseId()),
                SmallCounts.mask(row.enrolled()),
                SmallCounts.mask(row.started()),
                SmallCounts.mask(row.completed()));
    }
}
