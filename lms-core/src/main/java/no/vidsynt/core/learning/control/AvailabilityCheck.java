package no.vidsynt.core.learning.control;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.LongFunction;
import no.vidsynt.core.catalogue.control.PublishedCourse;
import no.vidsynt.core.progress.control.CourseCompletion;

/**
 * Decides whether a unit is open to a person, and if not, why. Pure logic: everything it needs about the person comes
 * in as {@link Learner}, so the rules are tested without a database.
 */
public final class AvailabilityCheck {

    private AvailabilityCheck() {}

    /**
     * What the rules need to know about the learner.
     *
     * @param doneUnitIds units the person has completed or passed
     * @param completedCourseIds courses whose completion is recorded for the person
     * @param roles the person's role names ("learner", ...)
     * @param unitIds the organisational units the person belongs to
     * @param unitAndDescendants the units below (and including) a unit
     * @param courseTitle a course's title, for "complete «...» first" (may return null)
     * @param orgUnitName an organisational unit's name, for "only for ..." (may return null)
     */
    public record Learner(
            Set<Long> doneUnitIds,
            Set<Long> completedCourseIds,
            Set<String> roles,
            Set<Long> unitIds,
            LongFunction<Set<Long>> unitAndDescendants,
            LongFunction<String> courseTitle,
            LongFunction<String> orgUnitName) {}

    /** Why a unit is closed: a kind and what it is about. */
    public record Reason(Kind kind, String subject, Instant at) {
        /** The kinds of reason, each with its own sentence in the bundle ("availability.&lt;kind&gt;"). */
        public enum Kind {
            UNIT,
            SECTION,
            COURSE,
            OPENS,
            CLOSED,
            ORG_UNIT,
            ROLE
        }
    }

    /** The outcome: available, or not with every reason that holds. */
    public record Verdict(List<Reason> reasons) {
        public static final Verdict OPEN = new Verdict(List.of());

        public Verdict {
            reasons = List.copyOf(reasons);
        }

        public boolean available() {
            return reasons.isEmpty();
        }
    }

    /** Checks every rule of the unit's availability at {@code now}; all must hold. */
    public static Verdict check(PublishedCourse course, PublishedCourse.Unit unit, Learner learner, Instant now) {
        PublishedCourse.Availability rules = unit.availability();
        if (rules.isUnrestricted()) {
            return Verdict.OPEN;
        }
        List<Reason> reasons = new ArrayList<>();
        for (PublishedCourse.Prerequisite prerequisite : rules.prerequisites()) {
            prerequisiteReason(course, prerequisite, learner).ifPresent(reasons::add);
        }
        if (rules.from() != null && now.isBefore(rules.from())) {
            reasons.add(new Reason(Reason.Kind.OPENS, null, rules.from()));
        }
        if (rules.until() != null && !now.isBefore(rules.until())) {
            reasons.add(new Reason(Reason.Kind.CLOSED, null, rules.until()));
        }
        if (!rules.orgUnits().isEmpty() && rules.orgUnits().stream().noneMatch(orgUnit -> isIn(learner, orgUnit))) {
            List<String> names = rules.orgUnits().stream()
                    .sorted()
                    .map(id -> nameOr(learner.orgUnitName().apply(id), "#" + id))
                    .toList();
            reasons.add(new Reason(Reason.Kind.ORG_UNIT, String.join(", ", names), null));
        }
        if (!rules.roles().isEmpty() && rules.roles().stream().noneMatch(learner.roles()::contains)) {
            reasons.add(new Reason(
                    Reason.Kind.ROLE,
                    String.join(", ", rules.roles().stream().sorted().toList()),
                    null));
        }
        return new Verdict(reasons);
    }

    private static boolean isIn(Learner learner, long orgUnit) {
        Set<Long> below = learner.unitAndDescendants().apply(orgUnit);
        return learner.unitIds().stream().anyMatch(below::contains);
    }

    private static java.util.Optional<Reason> prerequisiteReason(
            PublishedCourse course, PublishedCourse.Prerequisite prerequisite, Learner learner) {
        long id = prerequisite.id();
        return switch (prerequisite.kind()) {
            case UNIT ->
                learner.doneUnitIds().contains(id)
                        ? java.util.Optional.empty()
                        : java.util.Optional.of(new Reason(
                                Reason.Kind.UNIT,
                                course.units().stream()
                                        .filter(unit -> unit.id() == id)
                                        .map(PublishedCourse.Unit::title)
                                        .findFirst()
                                        .orElse(null),
                                null));
            case SECTION -> {
                var section = course.sections().stream()
                        .filter(candidate -> candidate.id() == id)
                        .findFirst();
                boolean done =
                        section.isPresent() && CourseCompletion.isSectionComplete(section.get(), learner.doneUnitIds());
                yield done
                        ? java.util.Optional.empty()
                        : java.util.Optional.of(new Reason(
                                Reason.Kind.SECTION,
                                section.map(PublishedCourse.Section::title).orElse(null),
                                null));
            }
            case COURSE ->
                learner.completedCourseIds().contains(id)
                        ? java.util.Optional.empty()
                        : java.util.Optional.of(new Reason(
                                Reason.Kind.COURSE, learner.courseTitle().apply(id), null));
        };
    }

    private static String nameOr(String name, String fallback) {
        return name == null ? fallback : name;
    }
}
