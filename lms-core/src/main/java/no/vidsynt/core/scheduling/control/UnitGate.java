package no.vidsynt.core.scheduling.control;

import java.util.Optional;

/**
 * Whether a person may take the course unit a session completes. The learning feature answers (it owns the units'
 * availability rules); booking asks it on every path, so a session of a unit that is not open to the person yet is
 * not bookable, and the refusal says why.
 */
public interface UnitGate {

    /** Why the unit is closed to the person, in the reader's language; empty when it is open. */
    Optional<BookingRefused.Localised> closed(long personId, long unitId);
}
