package no.vidsynt.core.catalogue.control;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/** Reordering of sections within a course and of units within a section: pure list logic, tested on its own. */
public final class Ordering {

    private Ordering() {}

    /**
     * Moves one id a step up (negative) or down (positive); at either end it stays where it is.
     *
     * @return the new order
     * @throws IllegalArgumentException when the id is not in the list
     */
    public static List<Long> move(List<Long> ids, long id, int steps) {
        int from = ids.indexOf(id);
        if (from < 0) {
            throw new IllegalArgumentException("Not in the list: " + id);
        }
        int to = Math.max(0, Math.min(ids.size() - 1, from + steps));
        List<Long> moved = new ArrayList<>(ids);
        moved.remove(from);
        moved.add(to, id);
        return moved;
    }

    /**
     * Checks a complete new order asked for by a client: the same ids as now, each once.
     *
     * @return a violation when the order is not a permutation of the current ids
     */
    public static Optional<Violation> checkReorder(List<Long> current, List<Long> requested) {
        if (requested == null
                || requested.size() != current.size()
                || !new HashSet<>(requested).equals(new HashSet<>(current))) {
            return Optional.of(Violation.of("ids", "error.reorder.sameItems"));
        }
        return Optional.empty();
    }
}
