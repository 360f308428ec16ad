package no.vidsynt.core.catalogue.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.vidsynt.core.catalogue.control.PublishedCourse.Availability;
import no.vidsynt.core.catalogue.control.PublishedCourse.Prerequisite;
import no.vidsynt.core.catalogue.control.PublishedCourse.Prerequisite.Kind;
import org.junit.jupiter.api.Test;

class AvailabilityRulesTest {

    /** Course 1: section 10 holds units 100 and 101, section 20 holds unit 200 (the one being edited). */
    private static AvailabilityRules.Context context(Map<Long, List<Prerequisite>> others) {
        return new AvailabilityRules.Context(
                1,
                200,
                Map.of(10L, List.of(100L, 101L), 20L, List.of(200L)),
                others,
                id -> id == 1 || id == 2,
                id -> id == 7);
    }

    private static Availability prerequisites(Prerequisite... prerequisites) {
        return new Availability(List.of(prerequisites), null, null, null, null);
    }

    private static List<String> keys(Availability availability, Map<Long, List<Prerequisite>> others) {
        return AvailabilityRules.problems(availability, context(others)).stream()
                .map(Violation::key)
                .toList();
    }

    @Test
    void prerequisitesThatExistAreAccepted() {
        assertThat(keys(
                        prerequisites(
                                new Prerequisite(Kind.UNIT, 100),
                                new Prerequisite(Kind.SECTION, 10),
                                new Prerequisite(Kind.COURSE, 2)),
                        Map.of()))
                .isEmpty();
        assertThat(keys(Availability.ALWAYS, Map.of())).isEmpty();
    }

    @Test
    void prerequisitesMustNameSomethingThatExists() {
        assertThat(keys(prerequisites(new Prerequisite(Kind.UNIT, 999)), Map.of()))
                .containsExactly("error.prerequisite.unknown");
        assertThat(keys(prerequisites(new Prerequisite(Kind.SECTION, 99)), Map.of()))
                .containsExactly("error.prerequisite.unknown");
        assertThat(keys(prerequisites(new Prerequisite(Kind.COURSE, 3)), Map.of()))
                .containsExactly("error.prerequisite.unknown");
        assertThat(keys(prerequisites(new Prerequisite(Kind.COURSE, 1)), Map.of()))
                .as("its own course")
                .containsExactly("error.prerequisite.unknown");
        assertThat(keys(prerequisites(new Prerequisite(null, 100)), Map.of()))
                .containsExactly("error.prerequisite.kind");
    }

    @Test
    void aUnitMayNotRequireItselfDirectlyThroughItsSectionOrInACircle() {
        assertThat(keys(prerequisites(new Prerequisite(Kind.UNIT, 200)), Map.of()))
                .containsExactly("error.prerequisite.self");
        assertThat(keys(prerequisites(new Prerequisite(Kind.SECTION, 20)), Map.of()))
                .containsExactly("error.prerequisite.self");
        assertThat(keys(
                        prerequisites(new Prerequisite(Kind.UNIT, 100)),
                        Map.of(
                                100L,
                                List.of(new Prerequisite(Kind.UNIT, 101)),
                                101L,
                                List.of(new Prerequisite(Kind.SECTION, 20)))))
                .as("200 -> 100 -> 101 -> section 20 (holds 200)")
                .containsExactly("error.prerequisite.self");
        assertThat(keys(
                        prerequisites(new Prerequisite(Kind.UNIT, 100)),
                        Map.of(100L, List.of(new Prerequisite(Kind.UNIT, 101)))))
                .as("a chain that does not come back")
                .isEmpty();
    }

    @Test
    void theWindowMustOpenBeforeItCloses() {
        Instant nine = Instant.parse("2026-12-01T08:00:00Z");
        Instant ten = Instant.parse("2026-12-01T09:00:00Z");
        assertThat(keys(new Availability(null, nine, ten, null, null), Map.of()))
                .isEmpty();
        assertThat(keys(new Availability(null, nine, null, null, null), Map.of()))
                .isEmpty();
        assertThat(keys(new Availability(null, ten, nine, null, null), Map.of()))
                .containsExactly("error.window.order");
        assertThat(keys(new Availability(null, ten, ten, null, null), Map.of())).containsExactly("error.window.order");
    }

    @Test
    void unitsAndRolesMustExist() {
        assertThat(keys(new Availability(null, null, null, Set.of(7L), Set.of("learner", "leader")), Map.of()))
                .isEmpty();
        assertThat(keys(new Availability(null, null, null, Set.of(8L), Set.of("captain")), Map.of()))
                .containsExactlyInAnyOrder("error.orgUnit.unknown", "error.role.unknown");
    }
}
