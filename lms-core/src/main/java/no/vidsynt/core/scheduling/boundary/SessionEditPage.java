package no.vidsynt.core.scheduling.boundary;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import no.vidsynt.core.platform.web.PageRefusal;
import no.vidsynt.core.programme.control.CourseModules;
import no.vidsynt.core.scheduling.control.BookingRefused;
import no.vidsynt.core.scheduling.control.KnownSessionKinds;
import no.vidsynt.core.scheduling.control.Retrying;
import no.vidsynt.core.scheduling.control.SchemaFacts;
import no.vidsynt.core.scheduling.control.SessionRules;
import no.vidsynt.core.scheduling.control.Sessions;
import no.vidsynt.core.scheduling.entity.SessionDetails;
import no.vidsynt.core.scheduling.entity.TrainingSession;
import no.vidsynt.core.security.boundary.CurrentPerson;

/** /sessions/edit.xhtml[?id=]: create a session (or a weekly series), or change and move one. */
@Named
@ViewScoped
public class SessionEditPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Sessions sessions;

    @Inject
    transient KnownSessionKinds kinds;

    @Inject
    transient SchemaFacts facts;

    @Inject
    transient Retrying retrying;

    @Inject
    transient CourseModules modules;

    @Inject
    transient CurrentPerson currentPerson;

    private Long id;
    private String kind;
    private String programme;
    private String title;
    private Long unitId;
    private LocalDateTime start;
    private LocalDateTime end;
    private String place;
    private String videoLink;
    private int capacity = 12;
    private LocalDateTime bookingOpens;
    private LocalDateTime bookingCloses;
    private LocalDateTime cancellationDeadline;
    private boolean promoteAtOnce;
    private int offerHours = 24;
    private int weeks = 1;

    /** viewAction: fills the form from the session when changing one. */
    public String load() {
        if (id == null) {
            return null;
        }
        try {
            TrainingSession session = sessions.find(id);
            if (!sessions.mayManage(session, currentPerson.get().orElseThrow())) {
                PageRefusal.forbidden();
                return null;
            }
            SessionDetails d = session.details();
            kind = d.kind();
            programme = d.programmeKey();
            title = d.title();
            unitId = d.unitId();
            start = SessionRules.toOslo(d.startsAt());
            end = SessionRules.toOslo(d.endsAt());
            place = d.place();
            videoLink = d.videoLink();
            capacity = d.capacity();
            bookingOpens = SessionRules.toOslo(d.bookingOpensAt());
            bookingCloses = SessionRules.toOslo(d.bookingClosesAt());
            cancellationDeadline = SessionRules.toOslo(d.cancellationDeadline());
            promoteAtOnce = d.offerMinutes() == 0;
            offerHours = d.offerMinutes() == 0 ? 24 : Math.max(1, d.offerMinutes() / 60);
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

    public String save() {
        SessionDetails details = new SessionDetails(
                kind,
                title,
                programme,
                null,
                unitId,
                SessionRules.oslo(start),
                SessionRules.oslo(end),
                place,
                videoLink,
                capacity,
                SessionRules.oslo(bookingOpens),
                SessionRules.oslo(bookingCloses),
                SessionRules.oslo(cancellationDeadline),
                promoteAtOnce ? 0 : offerHours * 60);
        var me = currentPerson.get().orElseThrow();
        try {
            long shown;
            if (id == null) {
                shown = sessions.create(details, weeks, me).get(0).getId();
                PageMessages.info(weeks > 1 ? "page.seriesCreated" : "page.sessionCreated", weeks);
            } else {
                shown = retrying.run(() -> sessions.change(id, details, me)).getId();
                PageMessages.info("page.sessionChanged");
            }
            PageMessages.keepForRedirect();
            return "/sessions/roster?faces-redirect=true&id=" + shown;
        } catch (Sessions.InvalidSession invalid) {
            invalid.problems().forEach(p -> PageMessages.fieldError("session:" + p.field(), p.key()));
            return null;
        } catch (BookingRefused refused) {
            PageMessages.refused(refused);
            return null;
        }
    }

    /**
     * The session kinds with their labels in the view's language. Select items, never a map: Mojarra renders the keys
     * of a map given to f:selectItems unescaped.
     */
    public List<SelectItem> getKinds() {
        return kinds.keys().stream()
                .map(key -> new SelectItem(key, kinds.label(key, PageMessages.locale())))
                .toList();
    }

    /** The deployed programmes, one of which a session without a course unit belongs to. */
    public List<SelectItem> getProgrammes() {
        return modules.all().stream()
                .map(module -> new SelectItem(module.key(), module.text(module.nameKey(), PageMessages.locale())))
                .toList();
    }

    public String getProgramme() {
        return programme;
    }

    public void setProgramme(String programme) {
        this.programme = programme;
    }

    /**
     * "Course – unit" for each unit id. The titles are authors' text: the two-argument SelectItem escapes them (a map
     * given to f:selectItems would not, and a title with a script ran in the trainer's browser).
     */
    public List<SelectItem> getUnits() {
        List<Object[]> rows = facts.unitChoices();
        return rows.stream()
                .map(row -> new SelectItem(((Number) row[0]).longValue(), row[1] + " – " + row[2]))
                .toList();
    }

    public boolean isNew() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public LocalDateTime getStart() {
        return start;
    }

    public void setStart(LocalDateTime start) {
        this.start = start;
    }

    public LocalDateTime getEnd() {
        return end;
    }

    public void setEnd(LocalDateTime end) {
        this.end = end;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getVideoLink() {
        return videoLink;
    }

    public void setVideoLink(String videoLink) {
        this.videoLink = videoLink;
    }

    public int getCapacity() {
        return capacity;
    }

    public void setCapacity(int capacity) {
        this.capacity = capacity;
    }

    public LocalDateTime getBookingOpens() {
        return bookingOpens;
    }

    public void setBookingOpens(LocalDateTime bookingOpens) {
        this.bookingOpens = bookingOpens;
    }

    public LocalDateTime getBookingCloses() {
        return bookingCloses;
    }

    public void setBookingCloses(LocalDateTime bookingCloses) {
        this.bookingCloses = bookingCloses;
    }

    public LocalDateTime getCancellationDeadline() {
        return cancellationDeadline;
    }

    public void setCancellationDeadline(LocalDateTime cancellationDeadline) {
        this.cancellationDeadline = cancellationDeadline;
    }

    public boolean isPromoteAtOnce() {
        return promoteAtOnce;
    }

    public void setPromoteAtOnce(boolean promoteAtOnce) {
        this.promoteAtOnce = promoteAtOnce;
    }

    public int getOfferHours() {
        return offerHours;
    }

    public void setOfferHours(int offerHours) {
        this.offerHours = offerHours;
    }

    public int getWeeks() {
        return weeks;
    }

    public void setWeeks(int weeks) {
        this.weeks = weeks;
    }
}
