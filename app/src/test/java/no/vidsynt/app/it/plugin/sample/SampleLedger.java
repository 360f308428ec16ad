package no.vidsynt.app.it.plugin.sample;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** The test programme's own tables (its migration V1), written in transactions of their own so refusals keep them. */
@ApplicationScoped
public class SampleLedger {

    @PersistenceContext
    EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void ruleAsked(long sessionId, String programmeKey) {
        em.createNativeQuery("INSERT INTO sample_rule_call (session_id, programme_key) VALUES (?1, ?2)")
                .setParameter(1, sessionId)
                .setParameter(2, programmeKey)
                .executeUpdate();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void heartbeat() {
        em.createNativeQuery("INSERT INTO sample_job_run (ran_at) VALUES (CURRENT_TIMESTAMP)")
                .executeUpdate();
    }

    /** Joins the caller's transaction: a completion recorded with the unit's. */
    @Transactional
    public void completed(long personId, long courseId, long unitId) {
        em.createNativeQuery("INSERT INTO sample_completion (person_id, course_id, unit_id) VALUES (?1, ?2, ?3)")
                .setParameter(1, personId)
                .setParameter(2, courseId)
                .setParameter(3, unitId)
                .executeUpdate();
    }

    @Transactional
    public long completions(long personId, long courseId) {
        return ((Number) em.createNativeQuery(
                                "SELECT COUNT(*) FROM sample_completion WHERE person_id = ?1" + " AND course_id = ?2")
                        .setParameter(1, personId)
                        .setParameter(2, courseId)
                        .getSingleResult())
                .longValue();
    }
}
