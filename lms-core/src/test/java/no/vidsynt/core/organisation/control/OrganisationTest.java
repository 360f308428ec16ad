package no.vidsynt.core.organisation.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OrganisationTest {

    // region 1 > departments 2, 3 > teams 4 (under 2), 5 (under 3)
    private static final Map<Long, List<Long>> TREE = Map.of(1L, List.of(2L, 3L), 2L, List.of(4L), 3L, List.of(5L));

    @Test
    void aRegionsLeaderFollowsEveryUnitBelowIt() {
        assertThat(Organisation.walkDown(Set.of(1L), TREE)).containsExactlyInAnyOrder(1L, 2L, 3L, 4L, 5L);
    }

    @Test
    void aDepartmentsLeaderFollowsOnlyTheirOwnBranch() {
        assertThat(Organisation.walkDown(Set.of(2L), TREE)).containsExactlyInAnyOrder(2L, 4L);
    }

    @Test
    void aCycleInBadDataDoesNotLoopForever() {
        assertThat(Organisation.walkDown(Set.of(1L), Map.of(1L, List.of(2L), 2L, List.of(1L))))
                .containsExactlyInAnyOrder(1L, 2L);
    }
}
