package no.vidsynt.core.organisation.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class UnitTreeTest {

    private final UnitTree tree = new UnitTree(List.of(
            new UnitTree.Unit(3, "Avdeling Arendal", "DEPARTMENT", 1L),
            new UnitTree.Unit(1, "Region sør", "REGION", null),
            new UnitTree.Unit(2, "Avdeling Kristiansand", "DEPARTMENT", 1L),
            new UnitTree.Unit(5, "Team Øst", "TEAM", 2L),
            new UnitTree.Unit(4, "Region øst", "REGION", null)));

    @Test
    void ordersParentsBeforeChildrenAndSiblingsByName() {
        assertThat(tree.ordered())
                .extracting(UnitTree.Placed::path)
                .containsExactly(
                        "Region sør",
                        "Region sør/Avdeling Arendal",
                        "Region sør/Avdeling Kristiansand",
                        "Region sør/Avdeling Kristiansand/Team Øst",
                        "Region øst");
        assertThat(tree.ordered()).extracting(UnitTree.Placed::depth).containsExactly(0, 1, 1, 2, 0);
    }

    @Test
    void findsUnitsByNameOrPathIgnoringCaseAndSpaces() {
        assertThat(tree.find("team øst")).isEqualTo(new UnitTree.Found(5));
        assertThat(tree.find(" Region Sør /  Avdeling  Arendal ")).isEqualTo(new UnitTree.Found(3));
        assertThat(tree.find("Avdeling Arendal/Region sør")).isInstanceOf(UnitTree.Unknown.class);
        assertThat(tree.find("")).isInstanceOf(UnitTree.Unknown.class);
    }

    @Test
    void aNameSharedByTwoUnitsNeedsItsPath() {
        var shared = new UnitTree(List.of(
                new UnitTree.Unit(1, "A", "REGION", null),
                new UnitTree.Unit(2, "B", "REGION", null),
                new UnitTree.Unit(3, "Team", "DEPARTMENT", 1L),
                new UnitTree.Unit(4, "Team", "DEPARTMENT", 2L)));
        assertThat(shared.find("Team")).isEqualTo(new UnitTree.Ambiguous(List.of("A/Team", "B/Team")));
        assertThat(shared.find("B/Team")).isEqualTo(new UnitTree.Found(4));
    }
}
