package no.vidsynt.core.scheduling.entity;

/** What the trainer marked for a booked person after the session. Only ATTENDED completes the linked unit. */
public enum Attendance {
    ATTENDED,
    NO_SHOW,
    EXCUSED
}
