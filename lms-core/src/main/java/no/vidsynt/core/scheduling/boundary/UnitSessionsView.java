package no.vidsynt.core.scheduling.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.vidsynt.core.scheduling.control.BookingRefused;
import no.vidsynt.core.scheduling.control.Bookings;
import no.vidsynt.core.scheduling.control.Retrying;
import no.vidsynt.core.scheduling.control.SessionListing;
import no.vidsynt.core.scheduling.control.SessionSummary;
import no.vidsynt.core.security.boundary.CurrentPerson;

/**
 * The coming sessions of session units where the learner meets them: on the unit page (the session unit type's
 * fragment) and under each session unit on the course page. Books, joins the waitlist, accepts an offer and cancels
 * through {@link Bookings}, which checks seats and the unit's availability on every path.
 */
@Named
@ViewScoped
public class UnitSessionsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SessionListing listing;

    @Inject
    transient Bookings bookings;

    @Inject
    transient Retrying retrying;

    @Inject
    transient CurrentPerson currentPerson;

    private final Map<Long, List<SessionSummary>> byUnit = new HashMap<>();

    /** The unit's sessions that have not ended, with seats left and the learner's own place. */
    public List<SessionSummary> sessionsOf(Object unitId) {
        if (unitId == null) {
            return List.of();
        }
        long unit = Long.parseLong(unitId.toString());
        return byUnit.computeIfAbsent(
                unit, id -> listing.ofUnit(id, currentPerson.get().orElseThrow(), PageMessages.locale()));
    }

    /**
     * Whether the learner already holds a seat, a waitlist place or an offer in one of the unit's sessions: the
     * other sessions then offer no booking (one open booking per unit), only the own one its actions.
     */
    public boolean holdsPlace(Object unitId) {
        return sessionsOf(unitId).stream()
                .anyMatch(s -> !s.cancelled()
                        && s.myStatus() != null
                        && List.of("BOOKED", "WAITLISTED", "OFFERED").contains(s.myStatus()));
    }

    public void book(long sessionId) {
        long person = currentPerson.get().orElseThrow().getId();
        try {
            var booking = retrying.run(() -> bookings.book(sessionId, person));
            PageMessages.info(booking.getStatus().name().equals("BOOKED") ? "page.booked" : "page.waitlisted");
        } catch (BookingRefused refused) {
            PageMessages.refused(refused);
        }
        byUnit.clear();
    }

    public void cancel(long sessionId) {
        MySessionsPage.cancel(retrying, bookings, currentPerson, sessionId);
        byUnit.clear();
    }

    public void accept(long sessionId) {
        MySessionsPage.accept(retrying, bookings, currentPerson, sessionId);
        byUnit.clear();
    }
}
