package no.vidsynt.core.selfstudy.reflection.entity;

/** A journal entry is a draft until the learner submits it; submitting completes the reflection unit. */
public enum EntryStatus {
    DRAFT,
    SUBMITTED
}
