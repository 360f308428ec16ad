package no.vidsynt.app.it;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Password hashes for people the tests insert straight into the database. A real PBKDF2-HMAC-SHA512 hash in the
 * application's format, but with 1,000 iterations instead of 210,000: the application reads the iteration count from
 * the stored hash, so sign-in stays the real code path and costs about a millisecond.
 */
public final class TestPasswords {

    private TestPasswords() {}

    public static String cheapHash(String password) {
        try {
            byte[] salt = new byte[32];
            new SecureRandom().nextBytes(salt);
            var spec = new PBEKeySpec(password.toCharArray(), salt, 1000, 64 * 8);
            byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512")
                    .generateSecret(spec)
                    .getEncoded();
            return "PBKDF2WithHmacSHA512:1000:" + Base64.getEncoder().encodeToString(salt) + ":"
                    + Base64.getEncoder().encodeToString(key);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
