package no.vidsynt.core.scheduling.control;

/**
 * What a session unit asks of a booked learner before the session. The journal answers (it keeps the reflections);
 * the reminder mail and "Min læring" ask, so scheduling never reads the journal's tables.
 */
public interface SessionPreparation {

    /** Whether the unit has a before-session reflection that the person has not submitted yet. */
    boolean beforeOutstanding(long personId, long unitId);
}
