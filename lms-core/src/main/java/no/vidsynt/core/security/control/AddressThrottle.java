package no.vidsynt.core.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Failed sign-ins per client address. Past the limit within the window, an address gets the ordinary refusal at once,
 * without a password hash: one client guessing (at one account or at many, existing or not) can neither burn the
 * server's CPU nor push other people's accounts into their waiting time. Behind a reverse proxy every client shares
 * the proxy's address; raise the limit there.
 */
@ApplicationScoped
public class AddressThrottle {

    static final Duration WINDOW = Duration.ofMinutes(10);
    private static final int MAX_TRACKED = 10_000;

    private final ConcurrentHashMap<String, Failures> byAddress = new ConcurrentHashMap<>();
    private int limit;

    /** Failures in one window, counted from the first. */
    private record Failures(Instant since, int count) {}

    public AddressThrottle() {
        this(30);
    }

    AddressThrottle(int limit) {
        this.limit = limit;
    }

    @Inject
    void configure(@ConfigProperty(name = "vidsynt.security.failures-per-address", defaultValue = "30") int limit) {
        this.limit = limit;
    }

    /** Whether a sign-in from this address is still worth checking now. */
    public boolean allows(String address, Instant now) {
        Failures failures = byAddress.get(key(address));
        return failures == null || expired(failures, now) || failures.count() < limit;
    }

    public void failed(String address, Instant now) {
        if (byAddress.size() > MAX_TRACKED) {
            byAddress.values().removeIf(failures -> expired(failures, now));
        }
        byAddress.merge(
                key(address),
                new Failures(now, 1),
                (old, one) -> expired(old, now) ? one : new Failures(old.since(), old.count() + 1));
    }

    private static boolean expired(Failures failures, Instant now) {
        return !now.isBefore(failures.since().plus(WINDOW));
    }

    private static String key(String address) {
        return address == null ? "" : address;
    }
}
