package no.vidsynt.core.people.control.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import no.vidsynt.core.organisation.control.UnitTree;
import no.vidsynt.core.people.entity.Role;
import org.junit.jupiter.api.Test;

class ImportPlanTest {

    private static final String HEADER = "username;name;email;language;roles;units\n";

    private final UnitTree units = new UnitTree(List.of(
            new UnitTree.Unit(1, "Region sør", "REGION", null),
            new UnitTree.Unit(2, "Avdeling Kristiansand", "DEPARTMENT", 1L),
            new UnitTree.Unit(3, "Avdeling Arendal", "DEPARTMENT", 1L),
            new UnitTree.Unit(4, "Region nord", "REGION", null),
            new UnitTree.Unit(5, "Team 1", "TEAM", 2L),
            new UnitTree.Unit(6, "Team 1", "TEAM", 3L)));

    private final List<ImportPlan.Existing> existing = List.of(
            new ImportPlan.Existing(
                    10, "lise", "Lise Larsen", "lise@example.no", "nb", Set.of(Role.LEARNER), Set.of(2L)),
            new ImportPlan.Existing(11, "ada", "Ada Admin", "ada@example.no", "nb", Set.of(Role.ADMIN), Set.of(1L)));

    private ImportPlan plan(String lines) {
        return ImportPlan.of(PeopleCsv.parse(HEADER + lines), existing, units, "ada");
    }

    @Test
    void createsNewPeopleAndLeavesUnchangedOnesAlone() {
        var plan = plan("lise;Lise Larsen;lise@example.no;nb;learner;Avdeling Kristiansand\n"
                + "kari;Kari;kari@example.no;nb;learner;region sør / avdeling arendal\n");
        assertThat(plan.problems()).isEmpty();
        assertThat(plan.changes())
                .extracting(ImportPlan.Change::outcome)
                .containsExactly(ImportPlan.Outcome.UNCHANGED, ImportPlan.Outcome.CREATE);
        assertThat(plan.changes().get(1).unitIds()).containsExactly(3L);
        assertThat(plan.count(ImportPlan.Outcome.CREATE)).isEqualTo(1);
    }

    @Test
    void updatesOnlyWhenSomethingDiffers() {
        var plan = plan("lise;Lise Larsen;lise@example.no;nb;learner;Avdeling Arendal\n");
        assertThat(plan.changes()).singleElement().satisfies(change -> {
            assertThat(change.outcome()).isEqualTo(ImportPlan.Outcome.UPDATE);
            assertThat(change.personId()).isEqualTo(10L);
        });
        assertThat(plan("lise;Lise Larsen;lise@example.no;en;learner;Avdeling Kristiansand\n")
                        .count(ImportPlan.Outcome.UPDATE))
                .isEqualTo(1);
    }

    @Test
    void refusesUnknownAndAmbiguousUnitsAndTakenNamesWithLineNumbers() {
        var plan = plan("a;A;a@example.no;nb;learner;Avdeling Bergen\n"
                + "b;B;b@example.no;nb;learner;Team 1\n"
                + "lise;Someone Else;someone@example.no;nb;learner;Region sør\n"
                + "newname;New;lise@example.no;nb;learner;Region sør\n"
                + "c;C;c@example.no;nb;learner;Region sør/Avdeling Arendal/Team 1\n");
        assertThat(plan.isApplicable()).isFalse();
        assertThat(plan.problems())
                .extracting(ImportProblem::line, ImportProblem::key)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, "import.problem.unknownUnit"),
                        org.assertj.core.groups.Tuple.tuple(3, "import.problem.ambiguousUnit"),
                        org.assertj.core.groups.Tuple.tuple(4, "import.problem.usernameTaken"),
                        org.assertj.core.groups.Tuple.tuple(5, "import.problem.emailTaken"));
        assertThat(plan.problems().get(1).arguments())
                .contains("Region sør/Avdeling Arendal/Team 1 | Region sør/Avdeling Kristiansand/Team 1");
        assertThat(plan.changes()).extracting(change -> change.row().username()).containsExactly("c");
        assertThat(plan.changes().get(0).unitIds()).containsExactly(6L);
    }

    @Test
    void aLineWithSeveralFaultsReportsThemAll() {
        var plan = plan("a;A;not-an-email;nb;learner;Avdeling Bergen\n");
        assertThat(plan.problems())
                .extracting(ImportProblem::line, ImportProblem::key)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, "import.problem.badEmail"),
                        org.assertj.core.groups.Tuple.tuple(2, "import.problem.unknownUnit"));
    }

    @Test
    void theImportingAdministratorCannotDropTheirOwnAdminRole() {
        assertThat(plan("ada;Ada Admin;ada@example.no;nb;learner;Region sør\n").problems())
                .extracting(ImportProblem::key)
                .containsExactly("import.problem.ownAdminRole");
    }
}
