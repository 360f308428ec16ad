package no.vidsynt.core.scheduling.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RetryingTest {

    private static RuntimeException wrapped(int code) {
        return new IllegalStateException("rolled back", new RuntimeException(new SQLException("x", "40001", code)));
    }

    @Test
    void deadlocksAndLockTimeoutsAreRetriedOtherFailuresNot() {
        assertThat(Retrying.isTransient(wrapped(1213))).isTrue();
        assertThat(Retrying.isTransient(new RuntimeException(new SQLException("timeout", "HY000", 1205))))
                .isTrue();
        assertThat(Retrying.isTransient(new RuntimeException(new SQLException("dup", "23000", 1062))))
                .isFalse();
        assertThat(Retrying.isTransient(new IllegalArgumentException("no"))).isFalse();
    }

    @Test
    void aDeadlockIsTriedAgainUntilItWorks() {
        AtomicInteger calls = new AtomicInteger();
        String result = new Retrying().run(() -> {
            if (calls.incrementAndGet() < 3) {
                throw wrapped(1213);
            }
            return "booked";
        });
        assertThat(result).isEqualTo("booked");
        assertThat(calls).hasValue(3);
    }

    @Test
    void givesUpAfterTheLastAttemptAndPassesOtherErrorsAtOnce() {
        AtomicInteger calls = new AtomicInteger();
        assertThatThrownBy(() -> new Retrying().run(() -> {
                    calls.incrementAndGet();
                    throw wrapped(1213);
                }))
                .isInstanceOf(IllegalStateException.class);
        assertThat(calls).hasValue(Retrying.ATTEMPTS);
        AtomicInteger once = new AtomicInteger();
        assertThatThrownBy(() -> new Retrying().run(() -> {
                    once.incrementAndGet();
                    throw new BookingRefused(BookingRefused.Reason.CONFLICT, "refused.closed");
                }))
                .isInstanceOf(BookingRefused.class);
        assertThat(once).hasValue(1);
    }
}
