package no.vidsynt.core.scheduling.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import no.vidsynt.core.programme.control.CourseModules;
import no.vidsynt.core.programme.control.Programme;
import no.vidsynt.core.scheduling.control.BookingRefused;
import no.vidsynt.core.scheduling.control.Bookings;
import no.vidsynt.core.scheduling.control.Retrying;
import no.vidsynt.core.scheduling.control.SessionListing;
import no.vidsynt.core.scheduling.control.SessionSummary;
import no.vidsynt.core.security.boundary.CurrentPerson;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.DefaultScheduleModel;
import org.primefaces.model.ScheduleModel;

/** /sessions/upcoming.xhtml: coming sessions by programme, as a list or a calendar; book, cancel, accept. */
@Named
@ViewScoped
public class UpcomingSessionsPage implements Serializable {

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
    transient CourseModules modules;

    private String programme;
    private boolean calendar;
    private List<SessionSummary> sessions;

    @PostConstruct
    void load() {
        Instant now = Instant.now();
        sessions = listing.upcoming(
                programme,
                now,
                now.plus(Duration.ofDays(365)),
                currentPerson.get().orElseThrow(),
                PageMessages.locale());
    }

    public void filter() {
        load();
    }

    public void book(long sessionId) {
        long person = currentPerson.get().orElseThrow().getId();
        try {
            var booking = retrying.run(() -> bookings.book(sessionId, person));
            PageMessages.info(booking.getStatus().name().equals("BOOKED") ? "page.booked" : "page.waitlisted");
        } catch (BookingRefused refused) {
            PageMessages.refused(refused);
        }
        load();
    }

    public void cancel(long sessionId) {
        MySessionsPage.cancel(retrying, bookings, currentPerson, sessionId);
        load();
    }

    public void accept(long sessionId) {
        MySessionsPage.accept(retrying, bookings, currentPerson, sessionId);
        load();
    }

    public ScheduleModel getSchedule() {
        DefaultScheduleModel model = new DefaultScheduleModel();
        for (SessionSummary s : sessions) {
            model.addEvent(DefaultScheduleEvent.builder()
                    .id(String.valueOf(s.id()))
                    .title(s.title() + (s.myStatus() != null ? " ✓" : ""))
                    .startDate(s.start()
                            .atZoneSameInstant(no.vidsynt.core.scheduling.control.CalendarDocuments.OSLO)
                            .toLocalDateTime())
                    .endDate(s.end()
                            .atZoneSameInstant(no.vidsynt.core.scheduling.control.CalendarDocuments.OSLO)
                            .toLocalDateTime())
                    .url("#session-" + s.id())
                    .build());
        }
        return model;
    }

    public List<Programme> getProgrammes() {
        return modules.all().stream()
                .map(module -> Programme.of(module, PageMessages.locale()))
                .toList();
    }

    public List<SessionSummary> getSessions() {
        return sessions;
    }

    public String getProgramme() {
        return programme;
    }

    public void setProgramme(String programme) {
        this.programme = programme;
    }

    public boolean isCalendar() {
        return calendar;
    }

    public void setCalendar(boolean calendar) {
        this.calendar = calendar;
    }
}
