package no.vidsynt.veiledning.practice.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;

/** One trainee in a practice group; the position orders the members (and breaks ties in the role rotation). */
@Entity
@Table(name = "veiledning_group_member")
@IdClass(GroupMember.Key.class)
@NamedQuery(
        name = GroupMember.OF_GROUP,
        query = "SELECT m FROM GroupMember m WHERE m.groupId = :group ORDER BY m.position, m.personId")
@NamedQuery(
        name = GroupMember.OF_PERSON,
        query = "SELECT m FROM GroupMember m WHERE m.personId = :person ORDER BY m.groupId")
public class GroupMember {

    public static final String OF_GROUP = "GroupMember.ofGroup";
    public static final String OF_PERSON = "GroupMember.ofPerson";

    /** The primary key: group and person. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private long groupId;
        private long personId;

        public Key() {}

        public Key(long groupId, long personId) {
            this.groupId = groupId;
            this.personId = personId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.groupId == groupId && key.personId == personId;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(groupId) * 31 + Long.hashCode(personId);
        }
    }

    @Id
    @Column(name = "group_id")
    private long groupId;

    @Id
    @Column(name = "person_id")
    private long personId;

    @Column(nullable = false)
    private int position;

    protected GroupMember() {
        // for JPA
    }

    public GroupMember(long groupId, long personId, int position) {
        this.groupId = groupId;
        this.personId = personId;
        this.position = position;
    }

    public long getGroupId() {
        return groupId;
    }

    public long getPersonId() {
        return personId;
    }

    public int getPosition() {
        return position;
    }
}
