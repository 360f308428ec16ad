package no.vidsynt.core.scheduling.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import no.vidsynt.core.spi.BookingRules;

/**
 * The core's rule: a person holds at most one open booking (booked, waitlisted or offered) among the coming sessions
 * of one course unit, so nobody blocks several seats for one step of a course.
 */
@ApplicationScoped
public class OneOpenBookingPerUnit implements BookingRules {

    @Override
    public Optional<Refusal> check(Request request) {
        if (request.unitId() == null
                || request.facts().openBookingsForUnit(request.personId(), request.unitId(), request.sessionId())
                        == 0) {
            return Optional.empty();
        }
        return Optional.of(new Refusal(
                SchedulingTexts.BUNDLE, "refused.onePerUnit", getClass().getClassLoader()));
    }
}
