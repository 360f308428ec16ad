package no.vidsynt.veiledning.practice.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;

/**
 * One trainee's role in one practice round: a group in a core practice session. Attended is set from the core's
 * {@code SessionAttended}, when the trainer marks the person attended.
 */
@Entity
@Table(name = "veiledning_round_role")
@IdClass(RoundRole.Key.class)
@NamedQuery(
        name = RoundRole.OF_SESSION,
        query = "SELECT r FROM RoundRole r WHERE r.sessionId = :session ORDER BY r.groupId, r.role, r.personId")
@NamedQuery(
        name = RoundRole.OF_GROUP,
        query = "SELECT r FROM RoundRole r WHERE r.groupId = :group ORDER BY r.sessionId, r.personId")
public class RoundRole {

    public static final String OF_SESSION = "RoundRole.ofSession";
    public static final String OF_GROUP = "RoundRole.ofGroup";

    /** The primary key: session and person (a person has one role in a session). */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private long sessionId;
        private long personId;

        public Key() {}

        public Key(long sessionId, long personId) {
            this.sessionId = sessionId;
            this.personId = personId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.sessionId == sessionId && key.personId == personId;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(sessionId) * 31 + Long.hashCode(personId);
        }
    }

    @Id
    @Column(name = "session_id")
    private long sessionId;

    @Id
    @Column(name = "person_id")
    private long personId;

    @Column(name = "group_id", nullable = false)
    private long groupId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PracticeRole role;

    @Column(nullable = false)
    private boolean attended;

    protected RoundRole() {
        // for JPA
    }

    public RoundRole(long sessionId, long groupId, long personId, PracticeRole role) {
        this.sessionId = sessionId;
        this.groupId = groupId;
        this.personId = personId;
        this.role = role;
    }

    public void markAttended() {
        this.attended = true;
    }

    public long getSessionId() {
        return sessionId;
    }

    public long getPersonId() {
        return personId;
    }

    public long getGroupId() {
        return groupId;
    }

    public PracticeRole getRole() {
        return role;
    }

    public boolean isAttended() {
        return attended;
    }
}
