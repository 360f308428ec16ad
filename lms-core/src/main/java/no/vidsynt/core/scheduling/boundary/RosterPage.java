package no.vidsynt.core.scheduling.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import no.vidsynt.core.platform.web.PageRefusal;
import no.vidsynt.core.scheduling.control.Attendances;
import no.vidsynt.core.scheduling.control.BookingRefused;
import no.vidsynt.core.scheduling.control.Retrying;
import no.vidsynt.core.scheduling.control.RosterEntry;
import no.vidsynt.core.scheduling.control.SessionListing;
import no.vidsynt.core.scheduling.control.SessionSummary;
import no.vidsynt.core.scheduling.control.Sessions;
import no.vidsynt.core.scheduling.entity.Attendance;
import no.vidsynt.core.security.boundary.CurrentPerson;

/**
 * /sessions/roster.xhtml?id=: the session's people for its trainers: mark attendance, keep notes, export the sign-in
 * sheet, mail everyone, cancel the session.
 */
@Named
@ViewScoped
public class RosterPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One editable roster row. */
    public static final class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final RosterEntry entry;
        private Attendance attendance;
        private String note;

        Row(RosterEntry entry) {
            this.entry = entry;
            this.attendance = entry.attendance() == null ? null : Attendance.valueOf(entry.attendance());
            this.note = entry.note();
        }

        public RosterEntry getEntry() {
            return entry;
        }

        public boolean isBooked() {
            return "BOOKED".equals(entry.status()) || "LATE_CANCELLED".equals(entry.status());
        }

        public Attendance getAttendance() {
            return attendance;
        }

        public void setAttendance(Attendance attendance) {
            this.attendance = attendance;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }
    }

    @Inject
    transient Sessions sessions;

    @Inject
    transient SessionListing listing;

    @Inject
    transient Attendances attendances;

    @Inject
    transient Retrying retrying;

    @Inject
    transient CurrentPerson currentPerson;

    private Long id;
    private SessionSummary session;
    private List<Row> rows;
    private String subject;
    private String text;

    /** viewAction: loads the session if the caller manages it; 404 when there is none, 403 when not theirs. */
    public String load() {
        try {
            var me = currentPerson.get().orElseThrow();
            var found = sessions.find(id == null ? -1 : id);
            if (!sessions.mayManage(found, me)) {
                PageRefusal.forbidden();
                return null;
            }
            session = listing.one(found, null, PageMessages.locale());
            rows = new ArrayList<>(listing.roster(id).stream().map(Row::new).toList());
            return null;
        } catch (BookingRefused refused) {
            if (refused.reason() == BookingRefused.Reason.NOT_FOUND) {
                PageRefusal.notFound();
                return null;
            }
            PageMessages.refused(refused);
            PageMessages.keepForRedirect();
            return "/sessions/trainer?faces-redirect=true";
        }
    }

    public void save(Row row) {
        try {
            attendances.mark(
                    id,
                    row.getEntry().bookingId(),
                    row.getAttendance(),
                    row.getNote(),
                    currentPerson.get().orElseThrow());
            PageMessages.info("page.attendanceSaved", row.getEntry().name());
        } catch (BookingRefused refused) {
            PageMessages.refused(refused);
        }
        load();
    }

    public void sendMessage() {
        try {
            int sent = sessions.messageAttendees(
                    id, subject, text, currentPerson.get().orElseThrow());
            PageMessages.info("page.messageSent", sent);
            subject = null;
            text = null;
        } catch (BookingRefused refused) {
            PageMessages.refused(refused);
        }
    }

    public void cancelSession() {
        try {
            var me = currentPerson.get().orElseThrow();
            retrying.run(() -> sessions.cancel(id, me));
            PageMessages.info("page.sessionCancelled");
        } catch (BookingRefused refused) {
            PageMessages.refused(refused);
        }
        load();
    }

    public Attendance[] getAttendanceChoices() {
        return Attendance.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public SessionSummary getSession() {
        return session;
    }

    public List<Row> getRows() {
        return rows;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
