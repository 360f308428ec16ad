package no.vidsynt.core.security.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    @Test
    void theFirstMistakesCostNothing() {
        for (int failures = 0; failures < SignInThrottle.FREE_ATTEMPTS; failures++) {
            assertThat(SignInThrottle.delayAfter(failures)).isZero();
            assertThat(SignInThrottle.blockedUntil(failures, Instant.EPOCH)).isNull();
        }
    }

    @Test
    void theDelayDoublesWithEachFurtherFailure() {
        assertThat(SignInThrottle.delayAfter(5)).isEqualTo(Duration.ofSeconds(15));
        assertThat(SignInThrottle.delayAfter(6)).isEqualTo(Duration.ofSeconds(30));
        assertThat(SignInThrottle.delayAfter(7)).isEqualTo(Duration.ofSeconds(60));
        assertThat(SignInThrottle.blockedUntil(6, Instant.EPOCH)).isEqualTo(Instant.EPOCH.plusSeconds(30));
    }

    @Test
    void theDelayHasACeiling() {
        assertThat(SignInThrottle.delayAfter(12)).isEqualTo(Duration.ofMinutes(15));
        assertThat(SignInThrottle.delayAfter(10_000)).isEqualTo(Duration.ofMinutes(15));
    }
}
