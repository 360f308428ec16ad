package no.vidsynt.core.scheduling.entity;

/** Whether a session takes place. A cancelled session stays, with its bookings, for the record. */
public enum SessionStatus {
    SCHEDULED,
    CANCELLED
}
