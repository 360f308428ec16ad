package no.vidsynt.veiledning.certificate.control;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * Verification codes of certificates: 16 random base32 characters (80 bits from {@link SecureRandom}, unguessable)
 * and one check character (Luhn mod 32), shown in groups of four ("K7QM-2XHA-9WPD-RT3B-F"). The check character
 * catches every mistyped single character and most swapped neighbours, so a wrong code is told apart from an unknown
 * one without asking the database. The alphabet (32 characters) leaves out I, O, 0 and 1, which are easily confused, and a typed
 * code is read without case, spaces or dashes.
 */
public final class CertificateCodes {

    static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    static final int RANDOM_LENGTH = 16;

    private static final SecureRandom RANDOM = new SecureRandom();

    private CertificateCodes() {}

    /** A new code, normalised (no dashes), check character last. */
    public static String generate() {
        StringBuilder code = new StringBuilder(RANDOM_LENGTH + 1);
        for (int i = 0; i < RANDOM_LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.append(checkCharacter(code)).toString();
    }

    /** The typed code in its stored form, if it is well formed and its check character is right; empty otherwise. */
    public static Optional<String> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String code = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        if (code.length() != RANDOM_LENGTH + 1) {
            return Optional.empty();
        }
        for (int i = 0; i < code.length(); i++) {
            if (ALPHABET.indexOf(code.charAt(i)) < 0) {
                return Optional.empty();
            }
        }
        String body = code.substring(0, RANDOM_LENGTH);
        return code.charAt(RANDOM_LENGTH) == checkCharacter(body) ? Optional.of(code) : Optional.empty();
    }

    /** The code as people read it: groups of four separated by dashes. */
    public static String display(String code) {
        StringBuilder shown = new StringBuilder();
        for (int i = 0; i < code.length(); i++) {
            if (i > 0 && i % 4 == 0) {
                shown.append('-');
            }
            shown.append(code.charAt(i));
        }
        return shown.toString();
    }

    /** Luhn mod N over the alphabet (N = its size): doubles every second value from the right, digit sums in base N. */
    static char checkCharacter(CharSequence body) {
        int n = ALPHABET.length();
        int factor = 2;
        int sum = 0;
        for (int i = body.length() - 1; i >= 0; i--) {
            int addend = factor * ALPHABET.indexOf(body.charAt(i));
            factor = factor == 2 ? 1 : 2;
            sum += addend / n + addend % n;
        }
        return ALPHABET.charAt((n - sum % n) % n);
    }
}
