package no.vidsynt.core.scheduling.boundary;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import no.vidsynt.core.scheduling.control.BookingRefused;
import no.vidsynt.core.scheduling.control.KnownSessionKinds;
import no.vidsynt.core.scheduling.control.Retrying;
import no.vidsynt.core.scheduling.control.SessionRules;
import no.vidsynt.core.scheduling.control.SessionUnitLinks;
import no.vidsynt.core.scheduling.control.Sessions;
import no.vidsynt.core.scheduling.entity.SessionDetails;
import no.vidsynt.core.scheduling.entity.TrainingSession;
import no.vidsynt.core.security.boundary.CurrentPerson;

/**
 * The session unit's part of the course editor's unit page: the sessions linked to the unit, linking a coming
 * session, and creating a new one for the unit with a trainer. The unit's reflection prompts are unit settings and
 * saved with the unit form.
 */
@Named
@ViewScoped
public class SessionUnitAuthoring implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SessionUnitLinks links;

    @Inject
    transient KnownSessionKinds kinds;

    @Inject
    transient Retrying retrying;

    @Inject
    transient CurrentPerson currentPerson;

    private Long unitId;
    private Long sessionToLink;
    private String kind;
    private String title;
    private LocalDateTime start;
    private LocalDateTime end;
    private String place;
    private int capacity = 8;
    private Long trainerId;

    /** Called from the fragment with the unit being edited. */
    public void open(Object unit) {
        if (unitId == null && unit != null) {
            unitId = Long.valueOf(unit.toString());
        }
    }

    public List<TrainingSession> getLinked() {
        return unitId == null ? List.of() : links.linked(unitId);
    }

    public List<SelectItem> getLinkable() {
        return links.linkable().stream()
                .map(s -> new SelectItem(
                        s.getId(),
                        s.getTitle() + " – "
                                + no.vidsynt.core.scheduling.control.SchedulingTexts.span(
                                        s.getStartsAt(), s.getEndsAt(), PageMessages.locale())))
                .toList();
    }

    public List<SelectItem> getTrainers() {
        return links.trainers().stream()
                .map(p -> new SelectItem(p.getId(), p.getDisplayName()))
                .toList();
    }

    public List<SelectItem> getKinds() {
        return kinds.keys().stream()
                .map(key -> new SelectItem(key, kinds.label(key, PageMessages.locale())))
                .toList();
    }

    public String when(TrainingSession session) {
        return no.vidsynt.core.scheduling.control.SchedulingTexts.span(
                session.getStartsAt(), session.getEndsAt(), PageMessages.locale());
    }

    public void link() {
        if (sessionToLink == null) {
            PageMessages.fieldError("unit:sessionToLink", "invalid.chooseSession");
            return;
        }
        try {
            retrying.run(
                    () -> links.link(sessionToLink, unitId, currentPerson.get().orElseThrow()));
            PageMessages.info("author.linked");
            sessionToLink = null;
        } catch (BookingRefused refused) {
            PageMessages.refused(refused);
        }
    }

    public void unlink(long sessionId) {
        try {
            retrying.run(
                    () -> links.unlink(sessionId, unitId, currentPerson.get().orElseThrow()));
            PageMessages.info("author.unlinked");
        } catch (BookingRefused refused) {
            PageMessages.refused(refused);
        }
    }

    public void create() {
        if (trainerId == null) {
            PageMessages.fieldError("unit:newTrainer", "invalid.trainer");
            return;
        }
        SessionDetails details = new SessionDetails(
                kind,
                title,
                null,
                null,
                unitId,
                SessionRules.oslo(start),
                SessionRules.oslo(end),
                place,
                null,
                capacity,
                null,
                null,
                null,
                24 * 60);
        try {
            links.create(unitId, details, trainerId, currentPerson.get().orElseThrow());
            PageMessages.info("page.sessionCreated", 1);
            title = null;
            start = null;
            end = null;
            place = null;
        } catch (Sessions.InvalidSession invalid) {
            invalid.problems().forEach(p -> PageMessages.fieldError("unit:new" + capitalised(p.field()), p.key()));
        } catch (BookingRefused refused) {
            PageMessages.refused(refused);
        }
    }

    private static String capitalised(String field) {
        return Character.toUpperCase(field.charAt(0)) + field.substring(1);
    }

    public Long getSessionToLink() {
        return sessionToLink;
    }

    public void setSessionToLink(Long sessionToLink) {
        this.sessionToLink = sessionToLink;
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

    public int getCapacity() {
        return capacity;
    }

    public void setCapacity(int capacity) {
        this.capacity = capacity;
    }

    public Long getTrainerId() {
        return trainerId;
    }

    public void setTrainerId(Long trainerId) {
        this.trainerId = trainerId;
    }
}
