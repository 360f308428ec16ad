package no.vidsynt.veiledning.practice.control;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;
import no.vidsynt.veiledning.practice.entity.PracticeRole;

/** One group's practice round in one session: the session, the group and each member's role. */
public record RoundView(
        long sessionId,
        String title,
        OffsetDateTime start,
        OffsetDateTime end,
        String place,
        boolean cancelled,
        long groupId,
        String groupName,
        List<Seat> roles)
        implements Serializable {

    /** One member's role in the round, and whether the trainer has marked them attended. */
    public record Seat(long personId, String name, PracticeRole role, boolean attended) implements Serializable {}

    /** The member in the role (the first, for observers), or null. */
    public Seat in(PracticeRole role) {
        return roles.stream().filter(s -> s.role() == role).findFirst().orElse(null);
    }

    /** The seat of a person, or null when they are not in the round. */
    public Seat of(long personId) {
        return roles.stream().filter(s -> s.personId() == personId).findFirst().orElse(null);
    }
}
