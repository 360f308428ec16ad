package no.vidsynt.core.selfstudy.reflection.entity;

/** When a journal entry was written: for a reflection unit, or before or after a training session of a session unit. */
public enum EntryMoment {
    UNIT,
    BEFORE,
    AFTER
}
