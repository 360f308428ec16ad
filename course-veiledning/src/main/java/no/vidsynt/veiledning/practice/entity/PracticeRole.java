package no.vidsynt.veiledning.practice.entity;

/** The three roles of a practice round; they rotate so that every trainee practises each. */
public enum PracticeRole {
    SUPERVISOR,
    SUPERVISEE,
    OBSERVER
}
