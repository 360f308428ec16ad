package no.vidsynt.veiledning.practice.control;

import no.vidsynt.core.platform.Refusal;

/**
 * What the practice feature refuses, with the reason in the Veiledning bundle (problem type
 * {@code urn:vidsynt:veiledning:<key>}). Someone else's private things answer as "not found".
 */
public class PracticeRefused extends Refusal {

    private static final long serialVersionUID = 1L;

    static final String BUNDLE = "no.vidsynt.veiledning.i18n.texts";

    public PracticeRefused(Kind kind, String key, Object... arguments) {
        super(kind, "veiledning", BUNDLE, PracticeRefused.class.getClassLoader(), key, arguments);
    }

    public static PracticeRefused notFound() {
        return new PracticeRefused(Kind.NOT_FOUND, "practice.refused.notFound");
    }

    // Named apart from Refusal's static invalid(bundle, key, ...) and conflict(bundle, key, ...): with a text argument
    // those would be the more specific match and take the key for a bundle name.
    public static PracticeRefused invalidInput(String key, Object... arguments) {
        return new PracticeRefused(Kind.INVALID, key, arguments);
    }

    public static PracticeRefused stateConflict(String key, Object... arguments) {
        return new PracticeRefused(Kind.CONFLICT, key, arguments);
    }
}
