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

/** A trainee's preparation, case or reflection for one round; one of each kind per person and session. */
@Entity
@Table(name = "veiledning_round_note")
@NamedQuery(
        name = RoundNote.OF_SESSION,
        query = "SELECT n FROM RoundNote n WHERE n.sessionId = :session ORDER BY n.writtenAt, n.id")
public class RoundNote {

    public static final String OF_SESSION = "RoundNote.ofSession";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "session_id", nullable = false)
    private long sessionId;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private NoteKind kind;

    @Column(nullable = false)
    private String body;

    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    protected RoundNote() {
        // for JPA
    }

    public RoundNote(long sessionId, long personId, NoteKind kind, String body, Instant at) {
        this.sessionId = sessionId;
        this.personId = personId;
        this.kind = kind;
        rewrite(body, at);
    }

    public final void rewrite(String newBody, Instant at) {
        this.body = newBody;
        this.writtenAt = at;
    }

    public Long getId() {
        return id;
    }

    public long getSessionId() {
        return sessionId;
    }

    public long getPersonId() {
        return personId;
    }

    public NoteKind getKind() {
        return kind;
    }

    public String getBody() {
        return body;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }
}
