package no.vidsynt.core.setup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.logging.Logger;
import no.vidsynt.core.people.control.PasswordHasher;
import no.vidsynt.core.people.control.People;
import no.vidsynt.core.people.entity.Person;
import no.vidsynt.core.people.entity.Role;

/**
 * Makes sure a real installation gets its first administrator without any default password: from environment
 * variables at start-up, or on the one-time setup page with a code that only the server's log shows.
 */
@ApplicationScoped
public class FirstAdministrator {

    public static final int MIN_PASSWORD_LENGTH = 12;
    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    People people;

    @Inject
    PasswordHasher hasher;

    private volatile String setupCode;

    public boolean isNeeded() {
        return people.countWithRole(Role.ADMIN) == 0;
    }

    /** Called at start-up when no administrator exists and none is configured: the setup page then asks for this code. */
    public void offerSetup() {
        setupCode = HexFormat.of().formatHex(new SecureRandom().generateSeed(6));
        LOG.warning(() -> "\n\nVidSynt has no administrator yet. Open /setup.xhtml and enter the setup code "
                + setupCode + "\n(or set VIDSYNT_ADMIN_USERNAME, VIDSYNT_ADMIN_EMAIL and VIDSYNT_ADMIN_PASSWORD).\n");
    }

    public boolean acceptsCode(String code) {
        String expected = setupCode;
        return expected != null
                && code != null
                && java.security.MessageDigest.isEqual(
                        expected.getBytes(), code.trim().getBytes());
    }

    /** Creates the first administrator, unless one exists by now. */
    @Transactional
    public Person create(String username, String displayName, String email, String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("The password must be at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        if (!isNeeded()) {
            throw new IllegalStateException("An administrator exists already");
        }
        Person admin = new Person(username.trim(), displayName.trim(), email.trim());
        admin.changePasswordHash(hasher.hash(password));
        admin.grant(Role.ADMIN);
        em.persist(admin);
        setupCode = null;
        LOG.info(() -> "First administrator '" + admin.getUsername() + "' created");
        return admin;
    }
}
