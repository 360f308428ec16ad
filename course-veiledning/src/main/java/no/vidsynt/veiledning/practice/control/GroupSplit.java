package no.vidsynt.veiledning.practice.control;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a cohort's members into practice groups of three or four, as evenly as the number allows: as few groups as
 * fit four at most, the larger groups first. Five people cannot be split so (nor one or two): they come back as one
 * group for the trainer to adjust.
 */
public final class GroupSplit {

    private GroupSplit() {}

    public static <T> List<List<T>> evenly(List<T> members) {
        int count = members.size();
        if (count == 0) {
            return List.of();
        }
        int groups = count < 6 ? 1 : (count + 3) / 4;
        List<List<T>> split = new ArrayList<>();
        int from = 0;
        for (int g = 0; g < groups; g++) {
            int size = count / groups + (g < count % groups ? 1 : 0);
            split.add(List.copyOf(members.subList(from, from + size)));
            from += size;
        }
        return split;
    }
}
