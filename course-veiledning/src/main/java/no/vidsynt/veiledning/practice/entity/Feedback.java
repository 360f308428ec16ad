package no.vidsynt.veiledning.practice.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An observer's structured feedback to the round's supervisor: what worked, the questions that opened new
 * perspectives, whether the child's perspective was present, one thing to try next time. Seen by its author, the
 * supervisor it is about and the cohort's trainer; never by leaders.
 */
@Entity
@Table(name = "veiledning_feedback")
@NamedQuery(
        name = Feedback.OF_SESSION,
        query = "SELECT f FROM Feedback f WHERE f.sessionId = :session ORDER BY f.writtenAt, f.id")
public class Feedback {

    public static final String OF_SESSION = "Feedback.ofSession";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "session_id", nullable = false)
    private long sessionId;

    @Column(name = "author_id", nullable = false)
    private long authorId;

    @Column(name = "supervisor_id", nullable = false)
    private long supervisorId;

    @Column(name = "what_worked", nullable = false)
    private String whatWorked;

    @Column(name = "opening_questions", nullable = false)
    private String openingQuestions;

    @Enumerated(EnumType.STRING)
    @Column(name = "child_perspective", nullable = false, length = 20)
    private ChildPerspective childPerspective;

    @Column(name = "try_next", nullable = false)
    private String tryNext;

    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    protected Feedback() {
        // for JPA
    }

    public Feedback(long sessionId, long authorId, long supervisorId, Content content, Instant at) {
        this.sessionId = sessionId;
        this.authorId = authorId;
        this.supervisorId = supervisorId;
        rewrite(content, at);
    }

    /** What an observer writes; the texts are checked before they get here. */
    public record Content(
            String whatWorked, String openingQuestions, ChildPerspective childPerspective, String tryNext) {}

    public final void rewrite(Content content, Instant at) {
        this.whatWorked = content.whatWorked();
        this.openingQuestions = content.openingQuestions();
        this.childPerspective = content.childPerspective();
        this.tryNext = content.tryNext();
        this.writtenAt = at;
    }

    public Content content() {
        return new Content(whatWorked, openingQuestions, childPerspective, tryNext);
    }

    public boolean isVisibleTo(long personId) {
        return personId == authorId || personId == supervisorId;
    }

    public Long getId() {
        return id;
    }

    public long getSessionId() {
        return sessionId;
    }

    public long getAuthorId() {
        return authorId;
    }

    public long getSupervisorId() {
        return supervisorId;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }
}
