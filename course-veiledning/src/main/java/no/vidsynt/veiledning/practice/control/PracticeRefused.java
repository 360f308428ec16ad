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

    public static PracticeRefused invalid(String key, Object... arguments) {
        return new PracticeRefused(Kind.INVALID, key, arguments);
    }

    public static PracticeRefused conflict(String key, Object... arguments) {
        return new PracticeRefused(Kind.CONFLICT, key, arguments);
    }
}
