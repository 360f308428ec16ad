package no.vidsynt.veiledning.practice.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.vidsynt.veiledning.practice.entity.PracticeRole;
import org.junit.jupiter.api.Test;

class RoleRotationTest {

    private static List<Map<Long, PracticeRole>> rounds(List<Long> members, int count) {
        List<Map<Long, PracticeRole>> rounds = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rounds.add(RoleRotation.next(members, rounds));
        }
        return rounds;
    }

    private static Map<Long, Set<PracticeRole>> practised(List<Map<Long, PracticeRole>> rounds) {
        Map<Long, Set<PracticeRole>> practised = new HashMap<>();
        rounds.forEach(round -> round.forEach((person, role) -> practised
                .computeIfAbsent(person, p -> EnumSet.noneOf(PracticeRole.class))
                .add(role)));
        return practised;
    }

    private static void assertOneSupervisorOneSupervisee(Map<Long, PracticeRole> round, int members) {
        assertEquals(members, round.size());
        assertEquals(
                1,
                round.values().stream()
                        .filter(r -> r == PracticeRole.SUPERVISOR)
                        .count());
        assertEquals(
                1,
                round.values().stream()
                        .filter(r -> r == PracticeRole.SUPERVISEE)
                        .count());
    }

    @Test
    void threeMembersPractiseEveryRoleInThreeRounds() {
        List<Long> members = List.of(11L, 12L, 13L);
        List<Map<Long, PracticeRole>> rounds = rounds(members, 3);
        rounds.forEach(round -> assertOneSupervisorOneSupervisee(round, 3));
        practised(rounds)
                .forEach((person, roles) -> assertEquals(EnumSet.allOf(PracticeRole.class), roles, "" + person));
    }

    @Test
    void fourMembersPractiseEveryRoleInFourRoundsEachSupervisingAndBeingSupervisedOnce() {
        List<Long> members = List.of(21L, 22L, 23L, 24L);
        List<Map<Long, PracticeRole>> rounds = rounds(members, 4);
        rounds.forEach(round -> assertOneSupervisorOneSupervisee(round, 4));
        practised(rounds)
                .forEach((person, roles) -> assertEquals(EnumSet.allOf(PracticeRole.class), roles, "" + person));
        for (PracticeRole active : List.of(PracticeRole.SUPERVISOR, PracticeRole.SUPERVISEE)) {
            for (long member : members) {
                long times =
                        rounds.stream().filter(r -> r.get(member) == active).count();
                assertEquals(1, times, member + " as " + active);
            }
        }
    }

    @Test
    void theFirstRoundFollowsTheGroupsOrder() {
        Map<Long, PracticeRole> first = RoleRotation.next(List.of(5L, 3L, 9L), List.of());
        assertEquals(PracticeRole.SUPERVISOR, first.get(5L));
        assertEquals(PracticeRole.SUPERVISEE, first.get(3L));
        assertEquals(PracticeRole.OBSERVER, first.get(9L));
    }

    @Test
    void laterRoundsKeepTheRotationFair() {
        List<Long> members = List.of(1L, 2L, 3L, 4L);
        List<Map<Long, PracticeRole>> rounds = rounds(members, 8);
        for (long member : members) {
            long supervised = rounds.stream()
                    .filter(r -> r.get(member) == PracticeRole.SUPERVISOR)
                    .count();
            assertEquals(2, supervised, "supervisor twice in eight rounds: " + member);
        }
    }

    @Test
    void theSameHistoryGivesTheSameRoles() {
        List<Long> members = List.of(7L, 8L, 9L, 10L);
        assertEquals(rounds(members, 6), rounds(members, 6));
    }

    @Test
    void aNewcomerSupervisesBeforeThoseWhoHaveAlready() {
        List<Map<Long, PracticeRole>> history = new ArrayList<>(rounds(List.of(1L, 2L, 3L), 2));
        Map<Long, PracticeRole> third = RoleRotation.next(List.of(1L, 2L, 3L, 4L), history);
        assertOneSupervisorOneSupervisee(third, 4);
        history.add(third);
        Map<Long, PracticeRole> fourth = RoleRotation.next(List.of(1L, 2L, 3L, 4L), history);
        // 1 and 3 supervised in the first two rounds; 2 and 4 (the newcomer) in the next two.
        assertTrue(Set.of(third, fourth).stream()
                .allMatch(
                        round -> round.get(2L) == PracticeRole.SUPERVISOR || round.get(4L) == PracticeRole.SUPERVISOR));
    }

    @Test
    void aRoundNeedsTwoPeople() {
        assertThrows(IllegalArgumentException.class, () -> RoleRotation.next(List.of(1L), List.of()));
    }
}
