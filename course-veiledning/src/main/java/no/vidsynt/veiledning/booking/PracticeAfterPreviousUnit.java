package no.vidsynt.veiledning.booking;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import no.vidsynt.core.spi.BookingRules;
import no.vidsynt.veiledning.VeiledningSessionKinds;

/**
 * Veiledning's booking rule: practice training builds on what comes before it in the course, so a person books a
 * practice training session only after completing the unit just before the session's unit (when there is one). The
 * core asks it only for Veiledning's sessions.
 */
@ApplicationScoped
public class PracticeAfterPreviousUnit implements BookingRules {

    static final String BUNDLE = "no.vidsynt.veiledning.i18n.texts";

    @Override
    public Optional<Refusal> check(Request request) {
        if (!VeiledningSessionKinds.PRACTICE_TRAINING.equals(request.kind()) || request.unitId() == null) {
            return Optional.empty();
        }
        Optional<Long> previous = request.facts().previousUnit(request.unitId());
        if (previous.isEmpty() || request.facts().unitCompleted(request.personId(), previous.get())) {
            return Optional.empty();
        }
        return Optional.of(
                new Refusal(BUNDLE, "booking.previousUnitFirst", getClass().getClassLoader()));
    }
}
