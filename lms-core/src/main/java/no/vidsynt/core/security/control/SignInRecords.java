package no.vidsynt.core.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import no.vidsynt.core.people.entity.Person;
import no.vidsynt.core.people.entity.Role;

/**
 * The person table as sign-in sees it, in short transactions of their own: reading an account before the password
 * hash and counting the outcome after it. No row stays locked while a hash is computed (that takes a quarter second,
 * and parallel attempts would queue on the row and hold database connections).
 */
@ApplicationScoped
public class SignInRecords {

    @PersistenceContext
    EntityManager em;

    /** What sign-in needs to know of an account, read once. */
    public record Account(
            long id,
            String username,
            boolean active,
            String passwordHash,
            int failedSignIns,
            Instant blockedUntil,
            Set<String> groups) {

        boolean blockedAt(Instant moment) {
            return blockedUntil != null && moment.isBefore(blockedUntil);
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Account> find(String username) {
        return em.createNamedQuery(Person.BY_USERNAME, Person.class)
                .setParameter("username", username)
                // The counters change in other transactions: read them from the database, not the shared cache.
                .setHint("eclipselink.refresh", "true")
                .getResultStream()
                .findFirst()
                .map(person -> new Account(
                        person.getId(),
                        person.getUsername(),
                        person.isActive(),
                        person.getPasswordHash(),
                        person.getFailedSignIns(),
                        person.getSignInBlockedUntil(),
                        person.getRoles().stream().map(Role::groupName).collect(Collectors.toSet())));
    }

    /** Counts a wrong password; from the new count, until when the account waits. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(long id, Instant now) {
        Person person = em.find(Person.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (person != null && !person.isSignInBlockedAt(now)) {
            person.signInFailed(SignInThrottle.blockedUntil(person.getFailedSignIns() + 1, now));
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void succeeded(long id) {
        Person person = em.find(Person.class, id);
        if (person != null && person.getFailedSignIns() > 0) {
            person.signInSucceeded();
        }
    }
}
