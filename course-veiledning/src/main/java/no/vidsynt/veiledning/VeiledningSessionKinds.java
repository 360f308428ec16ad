package no.vidsynt.veiledning;

import java.util.List;
import no.vidsynt.core.spi.SessionKind;

/** Veiledning's kinds of training session; their labels are {@code kind.<KEY>} in the module's bundle. */
public final class VeiledningSessionKinds {

    /** Practice training in small groups with limited seats: the main focus of the programme. */
    public static final String PRACTICE_TRAINING = "PRACTICE_TRAINING";
    /** A supervision group that follows up the supervisors in their departments. */
    public static final String SUPERVISION_GROUP = "SUPERVISION_GROUP";

    static final List<SessionKind> ALL =
            List.of(new SessionKind(PRACTICE_TRAINING), new SessionKind(SUPERVISION_GROUP));

    private VeiledningSessionKinds() {}
}
