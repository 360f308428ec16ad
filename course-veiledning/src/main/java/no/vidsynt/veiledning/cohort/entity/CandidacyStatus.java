package no.vidsynt.veiledning.cohort.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a person's way into the programme stands. A leader nominates (NOMINATED), or the person applies (APPLIED) and
 * their leader approves (APPROVED) or rejects; the trainer admits into a cohort (ADMITTED), wait-lists for one
 * (WAITLISTED, admitted later) or rejects; the person or the trainer withdraws. REJECTED and WITHDRAWN are final.
 */
public enum CandidacyStatus {
    NOMINATED,
    APPLIED,
    APPROVED,
    ADMITTED,
    WAITLISTED,
    REJECTED,
    WITHDRAWN;

    /** Not yet decided for good: the person has a candidacy running (at most one at a time). */
    public boolean isOpen() {
        return this != REJECTED && this != WITHDRAWN;
    }

    /** Ready for the trainer: nominated, approved by the leader, or waiting for a seat. */
    public boolean isAdmissible() {
        return this == NOMINATED || this == APPROVED || this == WAITLISTED;
    }

    /** Whether a candidacy in this status may move to {@code next}. */
    public boolean canBecome(CandidacyStatus next) {
        return next(this).contains(next);
    }

    private static Set<CandidacyStatus> next(CandidacyStatus from) {
        return switch (from) {
            case APPLIED -> EnumSet.of(APPROVED, REJECTED, WITHDRAWN);
            case NOMINATED, APPROVED -> EnumSet.of(ADMITTED, WAITLISTED, REJECTED, WITHDRAWN);
            case WAITLISTED -> EnumSet.of(ADMITTED, WAITLISTED, REJECTED, WITHDRAWN);
            case ADMITTED -> EnumSet.of(WITHDRAWN);
            case REJECTED, WITHDRAWN -> EnumSet.noneOf(CandidacyStatus.class);
        };
    }
}
