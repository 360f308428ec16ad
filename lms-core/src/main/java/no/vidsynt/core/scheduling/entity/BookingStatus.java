package no.vidsynt.core.scheduling.entity;

/** Where a person stands in a session. BOOKED and OFFERED hold a seat; WAITLISTED waits in line. */
public enum BookingStatus {
    BOOKED,
    WAITLISTED,
    OFFERED,
    CANCELLED,
    LATE_CANCELLED,
    OFFER_EXPIRED;

    public boolean holdsSeat() {
        return this == BOOKED || this == OFFERED;
    }

    public boolean isOpen() {
        return this == BOOKED || this == OFFERED || this == WAITLISTED;
    }
}
