package no.vidsynt.core.selfstudy.quiz.control;

/** The kinds of self-assessment question. */
public enum QuestionKind {
    /** One option is right. */
    SINGLE_CHOICE,
    /** One or more options are right; all of them, and nothing else, must be chosen. */
    MULTIPLE_CHOICE,
    /** A statement that is true or false. */
    TRUE_FALSE,
    /** A short written answer compared with the accepted answers (case and surrounding spaces ignored). */
    SHORT_TEXT,
    /** A Likert scale 1-5 for self-assessment: never right or wrong, not scored. */
    SCALE;

    public boolean isChoice() {
        return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
    }
}
