package no.vidsynt.core.scheduling.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import no.vidsynt.core.spi.SessionKinds;

/** The kinds of session every programme has. */
@ApplicationScoped
public class CoreSessionKinds implements SessionKinds {

    public static final String TEACHING_DAY = "TEACHING_DAY";
    public static final String PRACTICE_TRAINING = "PRACTICE_TRAINING";
    public static final String WORKSHOP = "WORKSHOP";
    public static final String SUPERVISION_GROUP = "SUPERVISION_GROUP";
    public static final String LEADER_GATHERING = "LEADER_GATHERING";

    @Override
    public List<String> keys() {
        return List.of(TEACHING_DAY, PRACTICE_TRAINING, WORKSHOP, SUPERVISION_GROUP, LEADER_GATHERING);
    }

    @Override
    public String bundleBaseName() {
        return SchedulingTexts.BUNDLE;
    }
}
