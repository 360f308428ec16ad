package no.vidsynt.core.scheduling.control;

import jakarta.enterprise.context.ApplicationScoped;
import no.vidsynt.core.spi.UnitType;

/**
 * "Økt": a unit completed by attendance at one of its training sessions (the trainer marks it on the roster, see
 * {@link Attendances}). The learner books one of the unit's coming sessions on the unit page. Its settings may hold a
 * reflection prompt for before the session ({@value #BEFORE}, open once booked) and one for after it ({@value #AFTER},
 * open once attended); the answers go into the learner's private journal.
 */
@ApplicationScoped
public class SessionUnitType implements UnitType {

    public static final String KEY = "session";
    /** Settings member: the prompt answered before the session. */
    public static final String BEFORE = "before";
    /** Settings member: the prompt answered after the session. */
    public static final String AFTER = "after";

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public String bundleBaseName() {
        return SchedulingTexts.BUNDLE;
    }

    @Override
    public String learnerFragment() {
        return "/WEB-INF/sessions/unit-fragment.xhtml";
    }

    @Override
    public String authorFragment() {
        return "/WEB-INF/sessions/author/unit-fragment.xhtml";
    }

    @Override
    public Completion completion() {
        return Completion.ATTENDED;
    }
}
