package no.vidsynt.core.scheduling.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import no.vidsynt.core.scheduling.control.BookingRefused;
import no.vidsynt.core.scheduling.control.Bookings;
import no.vidsynt.core.scheduling.control.CalendarFeeds;
import no.vidsynt.core.scheduling.control.Retrying;
import no.vidsynt.core.scheduling.control.SessionListing;
import no.vidsynt.core.scheduling.control.SessionSummary;
import no.vidsynt.core.scheduling.entity.Booking;
import no.vidsynt.core.security.boundary.CurrentPerson;

/** /sessions/mine.xhtml: the caller's sessions (booked, waiting, offered) and their calendar feed URL. */
@Named
@ViewScoped
public class MySessionsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SessionListing listing;

    @Inject
    transient Bookings bookings;

    @Inject
    transient Retrying retrying;

    @Inject
    transient CurrentPerson currentPerson;

    @Inject
    transient CalendarFeeds feeds;

    private List<SessionSummary> sessions;
    private String feedUrl;

    @PostConstruct
    void load() {
        var me = currentPerson.get().orElseThrow();
        sessions = listing.mine(me, PageMessages.locale());
        feedUrl = feeds.tokenOf(me.getId()).map(this::url).orElse(null);
    }

    public void cancel(long sessionId) {
        cancel(retrying, bookings, currentPerson, sessionId);
        load();
    }

    public void accept(long sessionId) {
        accept(retrying, bookings, currentPerson, sessionId);
        load();
    }

    public void renewFeed() {
        feedUrl = url(feeds.renew(currentPerson.get().orElseThrow().getId()));
        PageMessages.info("page.feedRenewed");
    }

    public void revokeFeed() {
        feeds.revoke(currentPerson.get().orElseThrow().getId());
        feedUrl = null;
        PageMessages.info("page.feedRevoked");
    }

    static void cancel(Retrying retrying, Bookings bookings, CurrentPerson currentPerson, long sessionId) {
        long person = currentPerson.get().orElseThrow().getId();
        try {
            Booking booking = retrying.run(() -> bookings.cancel(sessionId, person));
            PageMessages.info(
                    booking.getStatus().name().equals("LATE_CANCELLED") ? "page.cancelledLate" : "page.cancelled");
        } catch (BookingRefused refused) {
            PageMessages.refused(refused);
        }
    }

    static void accept(Retrying retrying, Bookings bookings, CurrentPerson currentPerson, long sessionId) {
        long person = currentPerson.get().orElseThrow().getId();
        try {
            retrying.run(() -> bookings.acceptOffer(sessionId, person));
            PageMessages.info("page.accepted");
        } catch (BookingRefused refused) {
            PageMessages.refused(refused);
        }
    }

    private String url(String token) {
        var request = (jakarta.servlet.http.HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest();
        String base = request.getRequestURL().toString();
        base = base.substring(0, base.length() - request.getRequestURI().length()) + request.getContextPath();
        return base + "/api/v1/calendar/" + token + ".ics";
    }

    public List<SessionSummary> getSessions() {
        return sessions;
    }

    public String getFeedUrl() {
        return feedUrl;
    }
}
