package no.vidsynt.core.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import no.vidsynt.core.people.entity.Person;
import no.vidsynt.core.people.entity.Role;

/**
 * Checks a username and password against the person table and keeps the failure counter of each account.
 * Every kind of refusal (unknown user, deactivated, wrong password, waiting after repeated failures) gives the same
 * answer after the same work, so the sign-in form cannot be used to learn which accounts exist.
 */
@ApplicationScoped
public class SignInService {

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    private final Clock clock = Clock.systemUTC();

    /** The signed-in caller's name and groups, or empty when the credentials are refused. */
    public record Caller(String username, Set<String> groups) {
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Caller> signIn(String username, String password) {
        if (username == null || password == null || username.isBlank()) {
            hasher.spendDecoyTime(password == null ? "" : password);
            return Optional.empty();
        }
        Optional<Person> found = em.createNamedQuery(Person.BY_USERNAME, Person.class)
                .setParameter("username", username.trim())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
        if (found.isEmpty() || !found.get().isActive()) {
            hasher.spendDecoyTime(password);
            return Optional.empty();
        }
        Person person = found.get();
        var now = clock.instant();
        if (person.isSignInBlockedAt(now)) {
            hasher.spendDecoyTime(password);
            return Optional.empty();
        }
        if (!hasher.verify(password, person.getPasswordHash())) {
            person.signInFailed(SignInThrottle.blockedUntil(person.getFailedSignIns() + 1, now));
            return Optional.empty();
        }
        if (person.getFailedSignIns() > 0) {
            person.signInSucceeded();
        }
        Set<String> groups = person.getRoles().stream().map(Role::groupName).collect(Collectors.toSet());
        return Optional.of(new Caller(person.getUsername(), groups));
    }
}
