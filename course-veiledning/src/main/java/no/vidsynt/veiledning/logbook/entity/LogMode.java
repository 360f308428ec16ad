package no.vidsynt.veiledning.logbook.entity;

/** Whether supervision was given to one colleague or to a group. */
public enum LogMode {
    INDIVIDUAL,
    GROUP
}
