package no.vidsynt.veiledning.practice.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.vidsynt.veiledning.practice.entity.PracticeRole;

/**
 * Gives the roles of a group's next practice round so that, over successive rounds, everyone practises each role.
 *
 * <p>The supervisor is the member who has been supervisor least; the supervisee, among the others, the one who has been
 * supervisee least; the rest observe. Ties go to whoever has observed most (they have waited longest for an active
 * role), then to the member's place in the group. So a group of n members gives everyone each role within n rounds,
 * and the same history always gives the same roles.
 */
public final class RoleRotation {

    private RoleRotation() {}

    /**
     * The roles of the next round.
     *
     * @param members the group's members in their order (at least two)
     * @param previous the roles of the group's earlier rounds, oldest first (people no longer in the group are ignored)
     * @return every member's role, in the members' order
     */
    public static Map<Long, PracticeRole> next(List<Long> members, List<Map<Long, PracticeRole>> previous) {
        if (members.size() < 2) {
            throw new IllegalArgumentException("A round needs a supervisor and a supervisee");
        }
        Map<Long, Map<PracticeRole, Integer>> tally = tally(members, previous);
        List<Long> open = new ArrayList<>(members);
        long supervisor = pick(open, PracticeRole.SUPERVISOR, tally, members);
        open.remove(supervisor);
        long supervisee = pick(open, PracticeRole.SUPERVISEE, tally, members);
        Map<Long, PracticeRole> roles = new LinkedHashMap<>();
        for (long member : members) {
            roles.put(
                    member,
                    member == supervisor
                            ? PracticeRole.SUPERVISOR
                            : member == supervisee ? PracticeRole.SUPERVISEE : PracticeRole.OBSERVER);
        }
        return roles;
    }

    private static long pick(
            List<Long> candidates, PracticeRole role, Map<Long, Map<PracticeRole, Integer>> tally, List<Long> order) {
        Comparator<Long> fewestInRole =
                Comparator.comparingInt(id -> tally.get(id).get(role));
        Comparator<Long> mostObserved =
                Comparator.comparingInt(id -> -tally.get(id).get(PracticeRole.OBSERVER));
        return candidates.stream()
                .min(fewestInRole.thenComparing(mostObserved).thenComparingInt(order::indexOf))
                .orElseThrow();
    }

    private static Map<Long, Map<PracticeRole, Integer>> tally(
            List<Long> members, List<Map<Long, PracticeRole>> previous) {
        Map<Long, Map<PracticeRole, Integer>> tally = new HashMap<>();
        for (long member : members) {
            Map<PracticeRole, Integer> counts = new EnumMap<>(PracticeRole.class);
            for (PracticeRole role : PracticeRole.values()) {
                counts.put(role, 0);
            }
            tally.put(member, counts);
        }
        for (Map<Long, PracticeRole> round : previous) {
            round.forEach((person, role) -> {
                Map<PracticeRole, Integer> counts = tally.get(person);
                if (counts != null) {
                    counts.merge(role, 1, Integer::sum);
                }
            });
        }
        return tally;
    }
}
