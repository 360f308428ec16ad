package no.vidsynt.core.security.control;

import java.time.Duration;
import java.time.Instant;

/**
 * How long an account refuses sign-in after repeated failures. The first few mistakes cost nothing; after that the
 * wait doubles with each failure, up to a ceiling, so guessing a password online becomes impractically slow while a
 * person who mistypes is never locked out for long. The refusal looks exactly like a wrong password.
 */
public final class SignInThrottle {

    /** Failures allowed before any delay applies. */
    public static final int FREE_ATTEMPTS = 5;

    static final Duration FIRST_DELAY = Duration.ofSeconds(15);
    static final Duration MAX_DELAY = Duration.ofMinutes(15);

    private SignInThrottle() {}

    /** The delay after the given number of consecutive failures (counting the one that just happened). */
    public static Duration delayAfter(int consecutiveFailures) {
        if (consecutiveFailures < FREE_ATTEMPTS) {
            return Duration.ZERO;
        }
        int doublings = Math.min(consecutiveFailures - FREE_ATTEMPTS, 16);
        Duration delay = FIRST_DELAY.multipliedBy(1L << doublings);
        return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
    }

    /** Until when sign-in is refused after the given failure, or {@code null} when it is not. */
    public static Instant blockedUntil(int consecutiveFailures, Instant now) {
        Duration delay = delayAfter(consecutiveFailures);
        return delay.isZero() ? null : now.plus(delay);
    }
}
