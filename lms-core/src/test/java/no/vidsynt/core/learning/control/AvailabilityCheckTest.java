package no.vidsynt.core.learning.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import no.vidsynt.core.catalogue.control.PublishedCourse;
import no.vidsynt.core.catalogue.control.PublishedCourse.Availability;
import no.vidsynt.core.catalogue.control.PublishedCourse.Prerequisite;
import no.vidsynt.core.learning.control.AvailabilityCheck.Reason;
import no.vidsynt.core.platform.web.Languages;
import org.junit.jupiter.api.Test;

class AvailabilityCheckTest {

    private static final Instant NOW = Instant.parse("2026-01-04T12:00:00Z");
    private static final long REGION = 1, KRISTIANSAND = 2, ARENDAL = 3, TEAM = 4;
    private static final Map<Long, Set<Long>> BELOW = Map.of(
            REGION,
            Set.of(REGION, KRISTIANSAND, ARENDAL, TEAM),
            KRISTIANSAND,
            Set.of(KRISTIANSAND, TEAM),
            ARENDAL,
            Set.of(ARENDAL),
            TEAM,
            Set.of(TEAM));

    private static PublishedCourse.Unit unit(long id, String title, Availability availability) {
        return new PublishedCourse.Unit(id, "task", title, true, availability);
    }

    private static PublishedCourse course(PublishedCourse.Unit... units) {
        var first = new PublishedCourse.Section(100, "Innledning", List.of(units[0]));
        var rest = new PublishedCourse.Section(200, "Fordypning", List.of(units).subList(1, units.length));
        return new PublishedCourse(
                7,
                "medarbeider",
                "Kurs",
                null,
                1,
                NOW,
                PublishedCourse.CompletionRule.ALL_REQUIRED,
                null,
                List.of(first, rest));
    }

    private static AvailabilityCheck.Learner learner(
            Set<Long> done, Set<Long> completedCourses, Set<String> roles, Set<Long> units) {
        return new AvailabilityCheck.Learner(
                done,
                completedCourses,
                roles,
                units,
                BELOW::get,
                id -> id == 9 ? "Grunnkurs i veiledning" : null,
                id -> Map.of(REGION, "Region sør", KRISTIANSAND, "Avdeling Kristiansand", ARENDAL, "Avdeling Arendal")
                        .get(id));
    }

    private static AvailabilityCheck.Learner lise(Set<Long> done) {
        return learner(done, Set.of(), Set.of("learner"), Set.of(TEAM));
    }

    private static Availability rules(
            List<Prerequisite> prerequisites, Instant from, Instant until, Set<Long> units, Set<String> roles) {
        return new Availability(prerequisites, from, until, units, roles);
    }

    @Test
    void aUnitWithoutRulesIsAlwaysOpen() {
        var open = unit(1, "Les dette først", null);
        var verdict = AvailabilityCheck.check(course(open), open, lise(Set.of()), NOW);
        assertThat(verdict.available()).isTrue();
        assertThat(verdict.reasons()).isEmpty();
    }

    @Test
    void aUnitPrerequisiteHoldsOnlyOnceThatUnitIsDone() {
        var first = unit(1, "Les dette først", null);
        var second =
                unit(2, "Oppgave", rules(List.of(new Prerequisite(Prerequisite.Kind.UNIT, 1)), null, null, null, null));
        var course = course(first, second);

        var closed = AvailabilityCheck.check(course, second, lise(Set.of()), NOW);
        assertThat(closed.available()).isFalse();
        assertThat(closed.reasons()).containsExactly(new Reason(Reason.Kind.UNIT, "Les dette først", null));
        assertThat(LearningTexts.reasons(closed.reasons(), Languages.DEFAULT))
                .isEqualTo("Tilgjengelig når du har fullført «Les dette først».");
        assertThat(LearningTexts.reasons(closed.reasons(), Locale.ENGLISH))
                .isEqualTo("Available once you have completed \u201cLes dette først\u201d.");

        assertThat(AvailabilityCheck.check(course, second, lise(Set.of(1L)), NOW)
                        .available())
                .isTrue();
    }

    @Test
    void aSectionPrerequisiteNeedsEveryRequiredUnitOfTheSection() {
        var first = unit(1, "Les dette først", null);
        var optional = new PublishedCourse.Unit(3, "task", "Valgfri", false, null);
        var gated = unit(
                2, "Oppgave", rules(List.of(new Prerequisite(Prerequisite.Kind.SECTION, 100)), null, null, null, null));
        var course = new PublishedCourse(
                7,
                "medarbeider",
                "Kurs",
                null,
                1,
                NOW,
                PublishedCourse.CompletionRule.ALL_REQUIRED,
                null,
                List.of(
                        new PublishedCourse.Section(100, "Innledning", List.of(first, optional)),
                        new PublishedCourse.Section(200, "Fordypning", List.of(gated))));

        var closed = AvailabilityCheck.check(course, gated, lise(Set.of(3L)), NOW);
        assertThat(LearningTexts.reasons(closed.reasons(), Languages.DEFAULT))
                .isEqualTo("Tilgjengelig når du har fullført delen «Innledning».");
        assertThat(AvailabilityCheck.check(course, gated, lise(Set.of(1L)), NOW).available())
                .as("the optional unit is not needed")
                .isTrue();
    }

    @Test
    void aCoursePrerequisiteNeedsTheCourseCompletion() {
        var gated = unit(
                1, "Oppgave", rules(List.of(new Prerequisite(Prerequisite.Kind.COURSE, 9)), null, null, null, null));
        var course = course(gated);
        var closed = AvailabilityCheck.check(course, gated, lise(Set.of()), NOW);
        assertThat(LearningTexts.reasons(closed.reasons(), Languages.DEFAULT))
                .isEqualTo("Tilgjengelig når du har fullført kurset «Grunnkurs i veiledning».");
        var done = learner(Set.of(), Set.of(9L), Set.of("learner"), Set.of(TEAM));
        assertThat(AvailabilityCheck.check(course, gated, done, NOW).available())
                .isTrue();
    }

    @Test
    void aTimeWindowOpensAtFromAndClosesAtUntil() {
        Instant from = LocalDateTime.parse("2026-01-05T09:00")
                .atZone(LearningTexts.ZONE)
                .toInstant();
        Instant until = LocalDateTime.parse("2026-02-01T00:00")
                .atZone(LearningTexts.ZONE)
                .toInstant();
        var windowed = unit(1, "Oppgave", rules(null, from, until, null, null));
        var course = course(windowed);

        var early = AvailabilityCheck.check(course, windowed, lise(Set.of()), NOW);
        assertThat(early.reasons()).extracting(Reason::kind).containsExactly(Reason.Kind.OPENS);
        assertThat(LearningTexts.reasons(early.reasons(), Languages.DEFAULT))
                .isEqualTo("Åpner 5. januar 2026 kl. 09.00.");
        assertThat(LearningTexts.reasons(early.reasons(), Locale.ENGLISH)).isEqualTo("Opens 5 January 2026 at 09:00.");

        assertThat(AvailabilityCheck.check(course, windowed, lise(Set.of()), from)
                        .available())
                .as("from is inclusive")
                .isTrue();
        var late = AvailabilityCheck.check(course, windowed, lise(Set.of()), until);
        assertThat(late.available()).as("until is exclusive").isFalse();
        assertThat(LearningTexts.reasons(late.reasons(), Languages.DEFAULT))
                .isEqualTo("Stengte 1. februar 2026 kl. 00.00.");
    }

    @Test
    void anOrgUnitRuleLetsInMembersOfTheUnitAndOfUnitsBelowIt() {
        var forKristiansand = unit(1, "Oppgave", rules(null, null, null, Set.of(KRISTIANSAND), null));
        var course = course(forKristiansand);
        assertThat(AvailabilityCheck.check(course, forKristiansand, lise(Set.of()), NOW)
                        .available())
                .as("a member of a team below Kristiansand")
                .isTrue();

        var arne = learner(Set.of(), Set.of(), Set.of("learner"), Set.of(ARENDAL));
        var closed = AvailabilityCheck.check(course, forKristiansand, arne, NOW);
        assertThat(LearningTexts.reasons(closed.reasons(), Languages.DEFAULT))
                .isEqualTo("Bare for ansatte i Avdeling Kristiansand.");

        var forRegion = unit(1, "Oppgave", rules(null, null, null, Set.of(REGION), null));
        assertThat(AvailabilityCheck.check(course(forRegion), forRegion, arne, NOW)
                        .available())
                .isTrue();
    }

    @Test
    void aRoleRuleNeedsOneOfTheRoles() {
        var forLeaders = unit(1, "Oppgave", rules(null, null, null, null, Set.of("leader", "admin")));
        var course = course(forLeaders);
        var closed = AvailabilityCheck.check(course, forLeaders, lise(Set.of()), NOW);
        assertThat(LearningTexts.reasons(closed.reasons(), Languages.DEFAULT))
                .isEqualTo("Bare for administratorer eller ledere.");
        var leif = learner(Set.of(), Set.of(), Set.of("leader"), Set.of(KRISTIANSAND));
        assertThat(AvailabilityCheck.check(course, forLeaders, leif, NOW).available())
                .isTrue();
    }

    @Test
    void everyRuleMustHoldAndEveryFailingRuleIsExplained() {
        Instant from = NOW.plusSeconds(3600);
        var gated = unit(
                2,
                "Oppgave",
                rules(
                        List.of(new Prerequisite(Prerequisite.Kind.UNIT, 1)),
                        from,
                        null,
                        Set.of(ARENDAL),
                        Set.of("leader")));
        var course = course(unit(1, "Les dette først", null), gated);
        var verdict = AvailabilityCheck.check(course, gated, lise(Set.of()), NOW);
        assertThat(verdict.reasons())
                .extracting(Reason::kind)
                .containsExactly(Reason.Kind.UNIT, Reason.Kind.OPENS, Reason.Kind.ORG_UNIT, Reason.Kind.ROLE);

        var almost = learner(Set.of(1L), Set.of(), Set.of("leader"), Set.of(ARENDAL));
        assertThat(AvailabilityCheck.check(course, gated, almost, NOW).reasons())
                .extracting(Reason::kind)
                .containsExactly(Reason.Kind.OPENS);
        assertThat(AvailabilityCheck.check(course, gated, almost, from).available())
                .isTrue();
    }

    @Test
    void aPrerequisiteOutsideTheCourseStillGivesAPlainReason() {
        var gated = unit(
                1, "Oppgave", rules(List.of(new Prerequisite(Prerequisite.Kind.UNIT, 555)), null, null, null, null));
        var verdict = AvailabilityCheck.check(course(gated), gated, lise(Set.of()), NOW);
        assertThat(LearningTexts.reasons(verdict.reasons(), Languages.DEFAULT))
                .isEqualTo("Tilgjengelig når du har fullført en annen enhet først.");
    }
}
