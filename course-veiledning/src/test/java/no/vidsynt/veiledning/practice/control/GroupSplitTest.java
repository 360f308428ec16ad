package no.vidsynt.veiledning.practice.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class GroupSplitTest {

    private static List<Integer> sizes(int people) {
        List<Integer> members = IntStream.rangeClosed(1, people).boxed().toList();
        List<List<Integer>> split = GroupSplit.evenly(members);
        assertEquals(members, split.stream().flatMap(List::stream).toList(), "everyone once, in order");
        return split.stream().map(List::size).toList();
    }

    @Test
    void splitsIntoGroupsOfThreeOrFourAsEvenlyAsPossible() {
        assertEquals(List.of(3), sizes(3));
        assertEquals(List.of(4), sizes(4));
        assertEquals(List.of(3, 3), sizes(6));
        assertEquals(List.of(4, 3), sizes(7));
        assertEquals(List.of(4, 4), sizes(8));
        assertEquals(List.of(3, 3, 3), sizes(9));
        assertEquals(List.of(4, 3, 3), sizes(10));
        assertEquals(List.of(4, 3, 3, 3), sizes(13));
    }

    @Test
    void fiveOrFewerThanThreeStayOneGroupForTheTrainerToAdjust() {
        assertEquals(List.of(5), sizes(5));
        assertEquals(List.of(2), sizes(2));
        assertEquals(List.of(), sizes(0));
    }
}
