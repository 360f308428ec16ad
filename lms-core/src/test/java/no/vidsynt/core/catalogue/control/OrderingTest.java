package no.vidsynt.core.catalogue.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class OrderingTest {

    @Test
    void movesOneStepUpAndDown() {
        assertThat(Ordering.move(List.of(1L, 2L, 3L), 3, -1)).containsExactly(1L, 3L, 2L);
        assertThat(Ordering.move(List.of(1L, 2L, 3L), 1, 1)).containsExactly(2L, 1L, 3L);
    }

    @Test
    void staysPutAtEitherEnd() {
        assertThat(Ordering.move(List.of(1L, 2L, 3L), 1, -1)).containsExactly(1L, 2L, 3L);
        assertThat(Ordering.move(List.of(1L, 2L, 3L), 3, 5)).containsExactly(1L, 2L, 3L);
    }

    @Test
    void refusesAnIdThatIsNotThere() {
        assertThatThrownBy(() -> Ordering.move(List.of(1L, 2L), 9, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aNewOrderMustHoldTheSameIdsOnce() {
        List<Long> current = List.of(4L, 5L, 6L);
        assertThat(Ordering.checkReorder(current, List.of(6L, 4L, 5L))).isEmpty();
        assertThat(Ordering.checkReorder(current, List.of(6L, 4L))).isPresent();
        assertThat(Ordering.checkReorder(current, List.of(6L, 4L, 4L))).isPresent();
        assertThat(Ordering.checkReorder(current, List.of(6L, 4L, 7L)))
                .get()
                .extracting(Violation::key)
                .isEqualTo("error.reorder.sameItems");
        assertThat(Ordering.checkReorder(current, null)).isPresent();
    }
}
