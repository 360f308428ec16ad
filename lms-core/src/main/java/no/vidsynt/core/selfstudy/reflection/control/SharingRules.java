package no.vidsynt.core.selfstudy.reflection.control;

import java.util.Collection;
import java.util.Set;
import no.vidsynt.core.people.entity.Role;

/**
 * Who may read a journal entry, and with whom it may be shared. Reflections can touch on real cases, so the rules
 * are strict: the writer always; a person the writer named; members of an organisational unit the writer shared it
 * with. Leaders never: a person whose only role is leader cannot be named or reached, and a group share never
 * reaches anyone who holds the leader role or leads that unit.
 */
public final class SharingRules {

    /** The person asking to read. */
    public record Reader(long personId, Set<Role> roles, Set<Long> memberOf, Set<Long> leads) {}

    /** One sharing of an entry: with a person or with an organisational unit. */
    public record Share(Long personId, Long orgUnitId) {}

    private SharingRules() {}

    public static boolean canRead(Reader reader, long writerId, Collection<Share> shares) {
        if (reader.personId() == writerId) {
            return true;
        }
        if (isOnlyLeader(reader.roles())) {
            return false;
        }
        boolean named =
                shares.stream().anyMatch(share -> share.personId() != null && share.personId() == reader.personId());
        if (named) {
            return true;
        }
        if (reader.roles().contains(Role.LEADER)) {
            return false;
        }
        return shares.stream()
                .anyMatch(share -> share.orgUnitId() != null
                        && reader.memberOf().contains(share.orgUnitId())
                        && !reader.leads().contains(share.orgUnitId()));
    }

    /** Whether an entry may be shared with this person by name: not the writer, and not someone who is only a leader. */
    public static boolean mayBeNamed(long writerId, long personId, Set<Role> roles, boolean active) {
        return active && personId != writerId && !roles.isEmpty() && !isOnlyLeader(roles);
    }

    /** A writer shares with a group only when they belong to it themselves. */
    public static boolean mayShareWithUnit(Set<Long> writerUnits, long orgUnitId) {
        return writerUnits.contains(orgUnitId);
    }

    static boolean isOnlyLeader(Set<Role> roles) {
        return roles.contains(Role.LEADER) && roles.size() == 1;
    }
}
