package no.vidsynt.core.people.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * Hashes and verifies passwords with Jakarta Security's PBKDF2 implementation, with OWASP's current parameters for
 * PBKDF2-HMAC-SHA512. The hash string carries its own algorithm, iterations and salt, so these can be raised later
 * without invalidating stored hashes.
 */
@ApplicationScoped
public class PasswordHasher {

    /** Verified against when the account is unknown or blocked, so every failure costs the same time. */
    private static final String UNUSED_PASSWORD = "no-such-account-placeholder";

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    private String decoyHash;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", "210000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "64"));
        decoyHash = pbkdf2.generate(UNUSED_PASSWORD.toCharArray());
    }

    public String hash(String password) {
        return pbkdf2.generate(password.toCharArray());
    }

    public boolean verify(String password, String storedHash) {
        if (storedHash == null || storedHash.isBlank()) {
            spendDecoyTime(password);
            return false;
        }
        return pbkdf2.verify(password.toCharArray(), storedHash);
    }

    /** Costs as much as a real verification; used where there is nothing real to verify against. */
    public void spendDecoyTime(String password) {
        pbkdf2.verify(password.toCharArray(), decoyHash);
    }
}
