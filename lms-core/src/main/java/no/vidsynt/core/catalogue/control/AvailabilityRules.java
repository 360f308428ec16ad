package no.vidsynt.core.catalogue.control;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.LongPredicate;
import no.vidsynt.core.catalogue.control.PublishedCourse.Availability;
import no.vidsynt.core.catalogue.control.PublishedCourse.Prerequisite;
import no.vidsynt.core.people.entity.Role;

/**
 * Checks a unit's availability rules before they are stored. The learner's side evaluates them; here they only have to
 * make sense: prerequisites name units or sections of this course (or another course) that exist, a unit never waits
 * for itself (directly, through its own section, or round a circle of units), the window opens before it closes, and
 * units and roles exist.
 */
public final class AvailabilityRules {

    /**
     * What the check needs to know about the course and the rest of the platform.
     *
     * @param courseId the course the unit belongs to
     * @param unitId the unit whose rules are checked
     * @param unitsBySection the course's (not removed) units, by section id
     * @param prerequisitesByUnit the stored prerequisites of the course's other units
     * @param courseExists whether a course id names an existing course
     * @param orgUnitExists whether an organisational unit exists
     */
    public record Context(
            long courseId,
            long unitId,
            Map<Long, List<Long>> unitsBySection,
            Map<Long, List<Prerequisite>> prerequisitesByUnit,
            LongPredicate courseExists,
            LongPredicate orgUnitExists) {}

    private AvailabilityRules() {}

    public static List<Violation> problems(Availability availability, Context context) {
        List<Violation> problems = new ArrayList<>();
        Set<Long> units = new HashSet<>();
        context.unitsBySection().values().forEach(units::addAll);
        for (Prerequisite prerequisite : availability.prerequisites()) {
            if (prerequisite.kind() == null) {
                problems.add(Violation.of("availability.prerequisites", "error.prerequisite.kind"));
                continue;
            }
            boolean exists = switch (prerequisite.kind()) {
                case UNIT -> units.contains(prerequisite.id());
                case SECTION -> context.unitsBySection().containsKey(prerequisite.id());
                case COURSE ->
                    prerequisite.id() != context.courseId()
                            && context.courseExists().test(prerequisite.id());
            };
            if (!exists) {
                problems.add(Violation.of(
                        "availability.prerequisites",
                        "error.prerequisite.unknown",
                        prerequisite.kind().name().toLowerCase(Locale.ROOT),
                        prerequisite.id()));
            }
        }
        if (problems.isEmpty() && waitsForItself(availability, context)) {
            problems.add(Violation.of("availability.prerequisites", "error.prerequisite.self"));
        }
        if (availability.from() != null
                && availability.until() != null
                && !availability.from().isBefore(availability.until())) {
            problems.add(Violation.of("availability.until", "error.window.order"));
        }
        for (Long orgUnit : availability.orgUnits()) {
            if (orgUnit == null || !context.orgUnitExists().test(orgUnit)) {
                problems.add(Violation.of("availability.orgUnits", "error.orgUnit.unknown", orgUnit));
            }
        }
        Set<String> roleNames = new HashSet<>();
        for (Role role : Role.values()) {
            roleNames.add(role.groupName());
        }
        for (String role : availability.roles()) {
            if (!roleNames.contains(role)) {
                problems.add(Violation.of("availability.roles", "error.role.unknown", role));
            }
        }
        return problems;
    }

    /** Whether following prerequisites from the unit (with the new rules) leads back to it. */
    static boolean waitsForItself(Availability availability, Context context) {
        Map<Long, List<Prerequisite>> rules = new HashMap<>(context.prerequisitesByUnit());
        rules.put(context.unitId(), availability.prerequisites());
        Set<Long> seen = new HashSet<>();
        var queue = new ArrayDeque<Long>(unitsNamedBy(rules.get(context.unitId()), context));
        while (!queue.isEmpty()) {
            long unit = queue.poll();
            if (unit == context.unitId()) {
                return true;
            }
            if (seen.add(unit)) {
                queue.addAll(unitsNamedBy(rules.getOrDefault(unit, List.of()), context));
            }
        }
        return false;
    }

    private static List<Long> unitsNamedBy(List<Prerequisite> prerequisites, Context context) {
        List<Long> units = new ArrayList<>();
        for (Prerequisite prerequisite : prerequisites) {
            if (prerequisite.kind() == Prerequisite.Kind.UNIT) {
                units.add(prerequisite.id());
            } else if (prerequisite.kind() == Prerequisite.Kind.SECTION) {
                units.addAll(context.unitsBySection().getOrDefault(prerequisite.id(), List.of()));
            }
        }
        return units;
    }
}
