package no.vidsynt.core.leader.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import no.vidsynt.core.learning.control.CourseCatalogue;
import no.vidsynt.core.organisation.control.Organisation;
import no.vidsynt.core.people.entity.Person;
import no.vidsynt.core.people.entity.Role;

/**
 * What a leader sees of their units' learning: per course, how many are enrolled, have started and have completed,
 * per unit and in total. Aggregated in SQL; never one person's details, and counts below five are masked.
 * Leaders see the units they lead (and those below); administrators see every unit.
 */
@ApplicationScoped
public class LeaderOverview {

    /** Started: any progress recorded (the enrolment's start is set with the first progress row) or completed. */
    private static final String STARTED = "SUM(CASE WHEN e.status = 'COMPLETED' OR e.started_at IS NOT NULL"
            + " THEN 1 ELSE 0 END)";
    private static final String COMPLETED = "SUM(CASE WHEN e.status = 'COMPLETED' THEN 1 ELSE 0 END)";

    @PersistenceContext
    EntityManager em;

    @Inject
    Organisation organisation;

    @Inject
    CourseCatalogue catalogue;

    /** Counts for one course, each a number of at least five or "&lt;5". */
    public record Counts(long courseId, String courseTitle, String enrolled, String started, String completed) {
    }

    /** One organisational unit (its own members, not those of units below) and its courses. */
    public record UnitCounts(long unitId, String unitName, List<Counts> courses) {
    }

    /** Totals over all the leader's units (each person counted once) and the per-unit rows. */
    public record Overview(List<Counts> totals, List<UnitCounts> units) {
    }

    /** The units the person may follow: everything for admins, their own (and below) for leaders, else none. */
    public Set<Long> unitsOf(Person person) {
        if (person.getRoles().contains(Role.ADMIN)) {
            @SuppressWarnings("unchecked")
            List<Number> all = em.createNativeQuery("SELECT id FROM org_unit").getResultList();
            return all.stream().map(Number::longValue).collect(Collectors.toSet());
        }
        if (person.getRoles().contains(Role.LEADER)) {
            return organisation.unitIdsLedBy(person.getId());
        }
        return Set.of();
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
        String in = ids(units);
        String course = courseFilter == null ? "" : " AND e.course_id = " + courseFilter.longValue();
        @SuppressWarnings("unchecked")
        List<Object[]> perUnit = em.createNativeQuery("SELECT pu.unit_id, e.course_id, COUNT(*), " + STARTED + ", "
                + COMPLETED + " FROM person_unit pu JOIN enrolment e ON e.person_id = pu.person_id"
                + " WHERE pu.unit_id IN (" + in + ") AND e.status <> 'WITHDRAWN'" + course
                + " GROUP BY pu.unit_id, e.course_id").getResultList();
        List<Object[]> total = belongsToOneUnitEach(in) ? sumPerCourse(perUnit) : totalsCountingEachPersonOnce(in, course);

        Set<Long> courseIds = new HashSet<>();
        total.forEach(row -> courseIds.add(number(row[0])));
        Map<Long, String> titles = catalogue.titles(courseIds);
        Map<Long, String> names = catalogue.orgUnitNames();

        List<Counts> totals = total.stream()
                .map(row -> counts(number(row[0]), titles, row[1], row[2], row[3]))
                .sorted(Comparator.comparing(Counts::courseTitle)).toList();
        Map<Long, List<Counts>> byUnit = new LinkedHashMap<>();
        for (Object[] row : perUnit) {
            byUnit.computeIfAbsent(number(row[0]), key -> new ArrayList<>())
                    .add(counts(number(row[1]), titles, row[2], row[3], row[4]));
        }
        List<UnitCounts> unitRows = byUnit.entrySet().stream()
                .map(entry -> new UnitCounts(entry.getKey(), names.getOrDefault(entry.getKey(), "#" + entry.getKey()),
                        entry.getValue().stream().sorted(Comparator.comparing(Counts::courseTitle)).toList()))
                .sorted(Comparator.comparing(UnitCounts::unitName)).toList();
        return new Overview(totals, unitRows);
    }

    /** Whether nobody belongs to two of the units: then the totals are the sums of the units' counts. */
    private boolean belongsToOneUnitEach(String in) {
        Object duplicates = em.createNativeQuery("SELECT COUNT(*) - COUNT(DISTINCT person_id) FROM person_unit"
                + " WHERE unit_id IN (" + in + ")").getSingleResult();
        return number(duplicates) == 0;
    }

    private static List<Object[]> sumPerCourse(List<Object[]> perUnit) {
        Map<Long, long[]> sums = new LinkedHashMap<>();
        for (Object[] row : perUnit) {
            long[] sum = sums.computeIfAbsent(number(row[1]), key -> new long[3]);
            sum[0] += number(row[2]);
            sum[1] += number(row[3]);
            sum[2] += number(row[4]);
        }
        return sums.entrySet().stream()
                .map(entry -> new Object[] {entry.getKey(), entry.getValue()[0], entry.getValue()[1], entry.getValue()[2]})
                .toList();
    }

    private List<Object[]> totalsCountingEachPersonOnce(String in, String course) {
        @SuppressWarnings("unchecked")
        List<Object[]> total = em.createNativeQuery("SELECT e.course_id, COUNT(*), " + STARTED + ", " + COMPLETED
                + " FROM enrolment e WHERE e.status <> 'WITHDRAWN'" + course + " AND e.person_id IN"
                + " (SELECT pu.person_id FROM person_unit pu WHERE pu.unit_id IN (" + in + "))"
                + " GROUP BY e.course_id").getResultList();
        return total;
    }

    private static Counts counts(long courseId, Map<Long, String> titles, Object enrolled, Object started,
            Object completed) {
        return new Counts(courseId, titles.getOrDefault(courseId, "#" + courseId), SmallCounts.mask(number(enrolled)),
                SmallCounts.mask(number(started)), SmallCounts.mask(number(completed)));
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static String ids(Collection<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
