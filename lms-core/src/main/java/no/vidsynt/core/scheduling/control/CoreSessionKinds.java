package no.vidsynt.core.scheduling.control;

import java.util.List;
import no.vidsynt.core.spi.SessionKind;

/** The kinds of session every programme has; labels in the scheduling bundle. Programmes add their own. */
public final class CoreSessionKinds {

    public static final String TEACHING_DAY = "TEACHING_DAY";
    public static final String WORKSHOP = "WORKSHOP";
    public static final String LEADER_GATHERING = "LEADER_GATHERING";

    private CoreSessionKinds() {}

    public static List<String> keys() {
        return SessionKind.CORE_KEYS;
    }
}
