package no.vidsynt.core.leader.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SmallCountsTest {

    @Test
    void countsBelowFiveAreNeverShownExactly() {
        for (int count = 0; count < 5; count++) {
            assertThat(SmallCounts.mask(count)).isEqualTo("<5");
        }
        assertThat(SmallCounts.mask(5)).isEqualTo("5");
        assertThat(SmallCounts.mask(12345)).isEqualTo("12345");
    }
}
