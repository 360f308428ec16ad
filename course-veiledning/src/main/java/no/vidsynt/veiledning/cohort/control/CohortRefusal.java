package no.vidsynt.veiledning.cohort.control;

import no.vidsynt.core.platform.Refusal;

/** A refusal of the cohort feature, its reason a key of the programme's bundle (problem type urn:vidsynt:veiledning:…). */
public class CohortRefusal extends Refusal {

    private static final long serialVersionUID = 1L;
    static final String BUNDLE = "no.vidsynt.veiledning.i18n.texts";

    CohortRefusal(Kind kind, String key, Object... arguments) {
        super(kind, "veiledning", BUNDLE, CohortRefusal.class.getClassLoader(), key, arguments);
    }

    static CohortRefusal notFound(String key, Object... arguments) {
        return new CohortRefusal(Kind.NOT_FOUND, key, arguments);
    }

    static CohortRefusal forbidden(String key, Object... arguments) {
        return new CohortRefusal(Kind.FORBIDDEN, key, arguments);
    }

    static CohortRefusal invalid(String key, Object... arguments) {
        return new CohortRefusal(Kind.INVALID, key, arguments);
    }

    static CohortRefusal conflict(String key, Object... arguments) {
        return new CohortRefusal(Kind.CONFLICT, key, arguments);
    }
}
