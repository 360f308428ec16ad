package no.vidsynt.veiledning.cohort.control;

import no.vidsynt.core.platform.Refusal;

/** A refusal of the cohort feature, its reason a key of the programme's bundle (problem type urn:vidsynt:veiledning:…). */
public class CohortRefusal extends Refusal {

    private static final long serialVersionUID = 1L;
    static final String BUNDLE = "no.vidsynt.veiledning.i18n.texts";

    CohortRefusal(Kind kind, String key, Object... arguments) {
        super(kind, "veiledning", BUNDLE, CohortRefusal.class.getClassLoader(), key, arguments);
    }

    /**
     * A refusal of this kind and reason. One factory with the kind spelled out: overloads named like the core's
     * {@code Refusal.notFound(bundle, key, …)} would be chosen in their place for a text argument.
     */
    static CohortRefusal of(Kind kind, String key, Object... arguments) {
        return new CohortRefusal(kind, key, arguments);
    }
}
