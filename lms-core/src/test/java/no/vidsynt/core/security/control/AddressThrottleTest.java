package no.vidsynt.core.security.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AddressThrottleTest {

    private final Instant now = Instant.parse("2026-12-02T05:00:00Z");

    @Test
    void anAddressWaitsAfterTheLimitAndOnlyThatAddress() {
        AddressThrottle throttle = new AddressThrottle(3);
        for (int i = 0; i < 3; i++) {
            assertThat(throttle.allows("10.0.0.1", now)).isTrue();
            throttle.failed("10.0.0.1", now);
        }
        assertThat(throttle.allows("10.0.0.1", now)).isFalse();
        assertThat(throttle.allows("10.0.0.2", now)).isTrue();
    }

    @Test
    void theWindowEndsAndCountingStartsAgain() {
        AddressThrottle throttle = new AddressThrottle(2);
        throttle.failed("10.0.0.1", now);
        throttle.failed("10.0.0.1", now);
        Instant later = now.plus(AddressThrottle.WINDOW);
        assertThat(throttle.allows("10.0.0.1", later)).isTrue();
        throttle.failed("10.0.0.1", later);
        assertThat(throttle.allows("10.0.0.1", later)).isTrue();
    }
}
