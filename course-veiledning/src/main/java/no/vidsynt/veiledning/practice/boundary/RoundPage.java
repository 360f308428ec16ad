package no.vidsynt.veiledning.practice.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import no.vidsynt.core.people.entity.Person;
import no.vidsynt.core.platform.Refusal;
import no.vidsynt.core.platform.web.PageRefusal;
import no.vidsynt.core.scheduling.control.SessionListing;
import no.vidsynt.core.scheduling.control.Sessions;
import no.vidsynt.core.scheduling.entity.BookingStatus;
import no.vidsynt.core.security.boundary.CurrentPerson;
import no.vidsynt.veiledning.practice.control.FeedbackView;
import no.vidsynt.veiledning.practice.control.NoteView;
import no.vidsynt.veiledning.practice.control.PracticeRounds;
import no.vidsynt.veiledning.practice.control.RoundView;
import no.vidsynt.veiledning.practice.control.RoundWriting;
import no.vidsynt.veiledning.practice.entity.ChildPerspective;
import no.vidsynt.veiledning.practice.entity.Feedback;
import no.vidsynt.veiledning.practice.entity.NoteKind;
import no.vidsynt.veiledning.practice.entity.PracticeRole;

/**
 * /veiledning/practice/round.xhtml?session=: one practice session's rounds. A trainee sees their group's roles and
 * writes what their role asks (preparation, case, feedback, reflection); the trainer sees every group they run, who
 * has written what, and the feedback. Anyone else: 404.
 */
@Named
@ViewScoped
public class RoundPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CurrentPerson currentPerson;

    @Inject
    transient PracticeRounds rounds;

    @Inject
    transient RoundWriting writing;

    @Inject
    transient Sessions sessions;

    @Inject
    transient SessionListing listing;

    private Long session;
    private List<RoundView> visible;
    private List<NoteView> notes;
    private List<FeedbackView> feedback;
    private RoundView.Seat mine;
    private Boolean needsBooking;
    private String preparation;
    private String caseText;
    private String reflection;
    private String whatWorked;
    private String openingQuestions;
    private ChildPerspective childPerspective;
    private String tryNext;

    /** viewAction: 404 unless the caller is in one of the session's rounds or runs its cohort. */
    public void load() {
        try {
            Person me = currentPerson.require();
            if (session == null) {
                PageRefusal.notFound();
                return;
            }
            refresh(me);
            preparation = own(NoteKind.PREPARATION);
            caseText = own(NoteKind.CASE);
            reflection = own(NoteKind.REFLECTION);
            feedback.stream()
                    .filter(f -> f.authorId() == me.getId())
                    .findFirst()
                    .ifPresent(f -> {
                        whatWorked = f.whatWorked();
                        openingQuestions = f.openingQuestions();
                        childPerspective = f.childPerspective();
                        tryNext = f.tryNext();
                    });
        } catch (Refusal refused) {
            PageRefusal.notFound();
        }
    }

    private void refresh(Person me) {
        needsBooking = null;
        visible = rounds.inSession(me, session);
        notes = writing.notes(me, session);
        feedback = writing.feedback(me, session);
        mine = visible.stream()
                .map(r -> r.of(me.getId()))
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .orElse(null);
    }

    /**
     * Whether the caller has a role in the round but no booking of its session: the group's assignment books nobody,
     * and the trainer's roster, where attendance is marked, lists bookings only.
     */
    public boolean isNeedsBooking() {
        if (mine == null || mine.attended() || visible.get(0).cancelled()) {
            return false;
        }
        if (needsBooking == null) {
            String status = listing.one(sessions.find(session), currentPerson.require(), PracticeMessages.locale())
                    .myStatus();
            needsBooking = status == null || !BookingStatus.valueOf(status).isOpen();
        }
        return needsBooking;
    }

    private String own(NoteKind kind) {
        long me = currentPerson.require().getId();
        return notes.stream()
                .filter(n -> n.personId() == me && n.kind() == kind)
                .map(NoteView::body)
                .findFirst()
                .orElse(null);
    }

    public void savePreparation() {
        writeNote(NoteKind.PREPARATION, preparation);
    }

    public void saveCase() {
        writeNote(NoteKind.CASE, caseText);
    }

    public void saveReflection() {
        writeNote(NoteKind.REFLECTION, reflection);
    }

    private void writeNote(NoteKind kind, String body) {
        try {
            Person me = currentPerson.require();
            writing.writeNote(me, session, kind, body);
            PracticeMessages.info("practice.round.saved." + kind.name());
            refresh(me);
        } catch (Refusal refused) {
            PracticeMessages.refused(refused);
        }
    }

    public void saveFeedback() {
        try {
            Person me = currentPerson.require();
            writing.writeFeedback(
                    me, session, new Feedback.Content(whatWorked, openingQuestions, childPerspective, tryNext));
            PracticeMessages.info("practice.round.saved.FEEDBACK");
            refresh(me);
        } catch (Refusal refused) {
            PracticeMessages.refused(refused);
        }
    }

    /** Whether the caller runs the cohort of the round (the trainer's view). */
    public boolean runs(RoundView round) {
        return rounds.runs(currentPerson.require(), round.groupId());
    }

    public boolean isTrainer() {
        return visible.stream().anyMatch(this::runs);
    }

    /** Whether the person has written the note of this kind (the trainer's overview). */
    public boolean wrote(long personId, String kind) {
        return notes.stream()
                .anyMatch(n -> n.personId() == personId && n.kind().name().equals(kind));
    }

    /** Whether the person has given feedback in this session. */
    public boolean gaveFeedback(long personId) {
        return feedback.stream().anyMatch(f -> f.authorId() == personId);
    }

    /** The feedback about the caller (as supervisor), or every feedback for the trainer. */
    public List<FeedbackView> feedbackFor(RoundView round) {
        RoundView.Seat supervisor = round.in(PracticeRole.SUPERVISOR);
        return feedback.stream()
                .filter(f -> supervisor != null && f.supervisorId() == supervisor.personId())
                .toList();
    }

    /** The notes of others the caller may read in a round (the trainer: all; the supervisor: the case). */
    public List<NoteView> notesOf(RoundView round) {
        long me = currentPerson.require().getId();
        return notes.stream()
                .filter(n -> n.personId() != me && round.of(n.personId()) != null)
                .toList();
    }

    public boolean is(String role) {
        return mine != null && mine.role().name().equals(role);
    }

    public ChildPerspective[] getChildPerspectives() {
        return ChildPerspective.values();
    }

    public Long getSession() {
        return session;
    }

    public void setSession(Long session) {
        this.session = session;
    }

    public List<RoundView> getRounds() {
        return visible;
    }

    public RoundView.Seat getMine() {
        return mine;
    }

    public List<FeedbackView> getFeedback() {
        return feedback;
    }

    public String getPreparation() {
        return preparation;
    }

    public void setPreparation(String preparation) {
        this.preparation = preparation;
    }

    public String getCaseText() {
        return caseText;
    }

    public void setCaseText(String caseText) {
        this.caseText = caseText;
    }

    public String getReflection() {
        return reflection;
    }

    public void setReflection(String reflection) {
        this.reflection = reflection;
    }

    public String getWhatWorked() {
        return whatWorked;
    }

    public void setWhatWorked(String whatWorked) {
        this.whatWorked = whatWorked;
    }

    public String getOpeningQuestions() {
        return openingQuestions;
    }

    public void setOpeningQuestions(String openingQuestions) {
        this.openingQuestions = openingQuestions;
    }

    public ChildPerspective getChildPerspective() {
        return childPerspective;
    }

    public void setChildPerspective(ChildPerspective childPerspective) {
        this.childPerspective = childPerspective;
    }

    public String getTryNext() {
        return tryNext;
    }

    public void setTryNext(String tryNext) {
        this.tryNext = tryNext;
    }
}
