package no.vidsynt.core.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import no.vidsynt.core.people.control.PasswordHasher;

/**
 * Checks a username and password against the person table and keeps the failure counters: per account (in the
 * table, see {@link SignInThrottle}) and per client address ({@link AddressThrottle}). Every kind of refusal (unknown
 * user, deactivated, wrong password, waiting after repeated failures) gives the same answer, so sign-in cannot be
 * used to learn which accounts exist.
 *
 * <p>An account's waiting time slows a guesser without locking its owner out: a sign-in from a browser in which the
 * owner signed in before (a known device, see the boundary's KnownDevices) is not held back by the account's waiting
 * time, and its mistakes do not add to it. Only the address limit applies there.
 */
@ApplicationScoped
public class SignInService {

    @Inject
    PasswordHasher hasher;

    @Inject
    SignInRecords records;

    @Inject
    AddressThrottle addresses;

    private final Clock clock = Clock.systemUTC();

    /** The signed-in caller's name and groups, or empty when the credentials are refused. */
    public record Caller(String username, Set<String> groups) {}

    /** Where an attempt comes from: the client's address, and whether its browser is known to the account. */
    public record Attempt(String address, boolean knownDevice) {

        public static final Attempt UNKNOWN = new Attempt("", false);
    }

    public Optional<Caller> signIn(String username, String password) {
        return signIn(username, password, Attempt.UNKNOWN);
    }

    public Optional<Caller> signIn(String username, String password, Attempt attempt) {
        var now = clock.instant();
        if (!addresses.allows(attempt.address(), now)) {
            return Optional.empty();
        }
        if (username == null || password == null || username.isBlank()) {
            return refuseAfterDecoy(password == null ? "" : password, attempt);
        }
        var found = records.find(username.trim());
        if (found.isEmpty() || !found.get().active()) {
            return refuseAfterDecoy(password, attempt);
        }
        var account = found.get();
        if (account.blockedAt(now) && !attempt.knownDevice()) {
            return refuseAfterDecoy(password, attempt);
        }
        if (!hasher.verify(password, account.passwordHash())) {
            addresses.failed(attempt.address(), now);
            if (!attempt.knownDevice()) {
                records.failed(account.id(), now);
            }
            return Optional.empty();
        }
        if (account.failedSignIns() > 0 && !account.blockedAt(now)) {
            // The owner signing in from a known browser during a wait does not end the wait for the guesser.
            records.succeeded(account.id());
        }
        return Optional.of(new Caller(account.username(), account.groups()));
    }

    private Optional<Caller> refuseAfterDecoy(String password, Attempt attempt) {
        hasher.spendDecoyTime(password);
        addresses.failed(attempt.address(), clock.instant());
        return Optional.empty();
    }
}
