package no.vidsynt.veiledning.practice.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import no.vidsynt.core.people.entity.Person;
import no.vidsynt.core.platform.Refusal;
import no.vidsynt.veiledning.practice.entity.ChildPerspective;
import no.vidsynt.veiledning.practice.entity.Feedback;
import no.vidsynt.veiledning.practice.entity.NoteKind;
import no.vidsynt.veiledning.practice.entity.PracticeRole;
import no.vidsynt.veiledning.practice.entity.RoundNote;
import no.vidsynt.veiledning.practice.entity.RoundRole;

/**
 * What trainees write around a round, by role: the supervisor's preparation and, after attending, the reflection on
 * the feedback; the supervisee's case; each observer's feedback to the supervisor after attending. Free text with an
 * identity number is refused.
 *
 * <p>Who reads what: a note its author and the trainer (and the case also the round's supervisor, who prepares for
 * it); feedback its author, the supervisor it is about and the trainer. Never leaders; anyone else gets "not found".
 */
@ApplicationScoped
public class RoundWriting {

    @PersistenceContext
    EntityManager em;

    @Inject
    PracticeRounds rounds;

    @Inject
    PracticeGroups groups;

    Clock clock = Clock.systemUTC();

    /** Writes (or rewrites) the caller's own note of a kind their role in the session writes. */
    @Transactional
    public NoteView writeNote(Person actor, long sessionId, NoteKind kind, String body) {
        RoundRole role = requireRole(actor, sessionId, kind.writer());
        if (kind.afterAttendance() && !role.isAttended()) {
            throw PracticeRefused.stateConflict("practice.refused.notAttendedYet");
        }
        String text = FreeText.checked(body);
        RoundNote note = note(sessionId, actor.getId(), kind).orElse(null);
        if (note == null) {
            note = new RoundNote(sessionId, actor.getId(), kind, text, clock.instant());
            em.persist(note);
        } else {
            note.rewrite(text, clock.instant());
        }
        em.flush();
        return NoteView.of(note, actor.getDisplayName());
    }

    /** The notes of the session the caller may read. */
    public List<NoteView> notes(Person actor, long sessionId) {
        List<RoundView> visible = rounds.inSession(actor, sessionId);
        RoundRole own = rounds.roleOf(sessionId, actor.getId());
        List<RoundNote> all = em.createNamedQuery(RoundNote.OF_SESSION, RoundNote.class)
                .setParameter("session", sessionId)
                .getResultList();
        List<RoundNote> readable =
                all.stream().filter(note -> mayRead(actor, own, note, visible)).toList();
        Map<Long, String> names =
                groups.names(readable.stream().map(RoundNote::getPersonId).toList());
        return readable.stream()
                .map(n -> NoteView.of(n, names.get(n.getPersonId())))
                .toList();
    }

    /** Writes (or rewrites) the caller's feedback to the supervisor of their round, as an observer who attended. */
    @Transactional
    public FeedbackView writeFeedback(Person actor, long sessionId, Feedback.Content input) {
        RoundRole role = requireRole(actor, sessionId, PracticeRole.OBSERVER);
        if (!role.isAttended()) {
            throw PracticeRefused.stateConflict("practice.refused.notAttendedYet");
        }
        Feedback.Content content = checked(input);
        long supervisor = rounds.rolesOf(sessionId, role.getGroupId()).stream()
                .filter(r -> r.getRole() == PracticeRole.SUPERVISOR)
                .map(RoundRole::getPersonId)
                .findFirst()
                .orElseThrow(PracticeRefused::notFound);
        Feedback feedback = em.createQuery(
                        "SELECT f FROM Feedback f WHERE f.sessionId = :session AND f.authorId = :author",
                        Feedback.class)
                .setParameter("session", sessionId)
                .setParameter("author", actor.getId())
                .getResultStream()
                .findFirst()
                .orElse(null);
        if (feedback == null) {
            feedback = new Feedback(sessionId, actor.getId(), supervisor, content, clock.instant());
            em.persist(feedback);
        } else {
            feedback.rewrite(content, clock.instant());
        }
        em.flush();
        return FeedbackView.of(feedback, groups.names(List.of(actor.getId(), supervisor)));
    }

    /** The feedback of the session the caller may read (possibly none); "not found" when the round is not theirs. */
    public List<FeedbackView> feedback(Person actor, long sessionId) {
        rounds.inSession(actor, sessionId);
        List<Feedback> readable = em
                .createNamedQuery(Feedback.OF_SESSION, Feedback.class)
                .setParameter("session", sessionId)
                .getResultList()
                .stream()
                .filter(f -> mayRead(actor, f))
                .toList();
        Map<Long, String> names = groups.names(readable.stream()
                .flatMap(f -> Stream.of(f.getAuthorId(), f.getSupervisorId()))
                .distinct()
                .toList());
        return readable.stream().map(f -> FeedbackView.of(f, names)).toList();
    }

    /** One feedback, for its author, its supervisor and the trainer; "not found" for anyone else. */
    public FeedbackView oneFeedback(Person actor, long feedbackId) {
        Feedback feedback = em.find(Feedback.class, feedbackId);
        if (feedback == null || !mayRead(actor, feedback)) {
            throw PracticeRefused.notFound();
        }
        return FeedbackView.of(feedback, groups.names(List.of(feedback.getAuthorId(), feedback.getSupervisorId())));
    }

    private boolean mayRead(Person actor, Feedback feedback) {
        if (feedback.isVisibleTo(actor.getId())) {
            return true;
        }
        RoundRole supervisor = rounds.roleOf(feedback.getSessionId(), feedback.getSupervisorId());
        return supervisor != null && rounds.runs(actor, supervisor.getGroupId());
    }

    private boolean mayRead(Person actor, RoundRole own, RoundNote note, List<RoundView> visible) {
        if (note.getPersonId() == actor.getId()) {
            return true;
        }
        RoundRole writer = rounds.roleOf(note.getSessionId(), note.getPersonId());
        if (writer == null) {
            return false;
        }
        boolean sameGroup = own != null && own.getGroupId() == writer.getGroupId();
        if (sameGroup) {
            return note.getKind() == NoteKind.CASE && own.getRole() == PracticeRole.SUPERVISOR;
        }
        return visible.stream().anyMatch(r -> r.groupId() == writer.getGroupId())
                && rounds.runs(actor, writer.getGroupId());
    }

    private RoundRole requireRole(Person actor, long sessionId, PracticeRole expected) {
        RoundRole role = rounds.roleOf(sessionId, actor.getId());
        if (role == null) {
            throw PracticeRefused.notFound();
        }
        if (role.getRole() != expected) {
            throw new PracticeRefused(Refusal.Kind.FORBIDDEN, "practice.refused.notYourRole");
        }
        return role;
    }

    private Optional<RoundNote> note(long sessionId, long personId, NoteKind kind) {
        return em.createQuery(
                        "SELECT n FROM RoundNote n WHERE n.sessionId = :session AND n.personId = :person"
                                + " AND n.kind = :kind",
                        RoundNote.class)
                .setParameter("session", sessionId)
                .setParameter("person", personId)
                .setParameter("kind", kind)
                .getResultStream()
                .findFirst();
    }

    private static Feedback.Content checked(Feedback.Content input) {
        if (input == null) {
            throw PracticeRefused.invalidInput("practice.refused.textRequired");
        }
        if (input.childPerspective() == null) {
            throw PracticeRefused.invalidInput("practice.refused.childPerspective");
        }
        return new Feedback.Content(
                FreeText.checked(input.whatWorked()),
                FreeText.checked(input.openingQuestions()),
                input.childPerspective(),
                FreeText.checked(input.tryNext()));
    }

    /** The answers to "was the child's perspective present?", in order. */
    public static ChildPerspective[] childPerspectives() {
        return ChildPerspective.values();
    }
}
