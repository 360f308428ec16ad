package no.vidsynt.veiledning.completion.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.vidsynt.veiledning.practice.entity.PracticeRole;

/**
 * What completing the programme takes, item by item, and how far a trainee is: the course's required units, at least
 * N practice rounds attended, each role (supervisor, supervisee, observer) at least once, and at least M logbook
 * entries. Pure logic: the completion rule, the trainee's checklist and the trainer's cohort page read the same items.
 */
public record CompletionChecklist(List<Item> items) {

    /** Item keys; the bundle has {@code checklist.<key>} for each, with {have} and {need} as arguments. */
    public static final String UNITS = "units";

    public static final String ROUNDS = "rounds";
    public static final String LOGBOOK = "logbook";

    /** One condition: what it is, how much the trainee has, how much it takes. */
    public record Item(String key, int have, int need) {
        public boolean done() {
            return have >= need;
        }

        /** How many are still missing; 0 when done. */
        public int missing() {
            return Math.max(0, need - have);
        }

        /** The bundle key of its label. */
        public String labelKey() {
            return "checklist." + key;
        }
    }

    public CompletionChecklist {
        items = List.copyOf(items);
    }

    /**
     * @param unitsDone required units done (as the core counts them)
     * @param unitsNeeded required units of the course
     * @param rounds attended practice rounds per role
     * @param requiredRounds the cohort's N
     * @param entries logbook entries written
     * @param requiredEntries the cohort's M
     */
    public static CompletionChecklist of(
            int unitsDone,
            int unitsNeeded,
            Map<PracticeRole, Integer> rounds,
            int requiredRounds,
            int entries,
            int requiredEntries) {
        List<Item> items = new ArrayList<>();
        items.add(new Item(UNITS, Math.min(unitsDone, unitsNeeded), unitsNeeded));
        int attended = rounds.values().stream().mapToInt(Integer::intValue).sum();
        items.add(new Item(ROUNDS, Math.min(attended, requiredRounds), Math.max(0, requiredRounds)));
        for (PracticeRole role : PracticeRole.values()) {
            int times = rounds.getOrDefault(role, 0);
            items.add(new Item(roleKey(role), Math.min(times, 1), 1));
        }
        items.add(new Item(LOGBOOK, Math.min(entries, requiredEntries), Math.max(0, requiredEntries)));
        return new CompletionChecklist(items);
    }

    public static String roleKey(PracticeRole role) {
        return "role." + role.name();
    }

    /** Every item done: the programme is completed. */
    public boolean complete() {
        return items.stream().allMatch(Item::done);
    }

    /** Every item the programme adds beyond the course's units done (what its completion rule asks). */
    public boolean beyondUnitsMet() {
        return items.stream().filter(item -> !UNITS.equals(item.key())).allMatch(Item::done);
    }

    /** The items still to do, in order. */
    public List<Item> missing() {
        return items.stream().filter(item -> !item.done()).toList();
    }
}
