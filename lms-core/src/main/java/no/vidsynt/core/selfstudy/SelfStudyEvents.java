package no.vidsynt.core.selfstudy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

/**
 * Records completions in {@code ss_completion} (so nothing is lost before the progress feature listens) and fires
 * the events, inside the caller's transaction.
 */
@ApplicationScoped
public class SelfStudyEvents implements SelfStudyCompletion {

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<SelfStudyCompleted> completedEvents;

    @Inject
    Event<QuizScored> scoredEvents;

    @Inject
    SelfStudyUnits units;

    @Override
    @Transactional
    public void completed(long personId, long unitId) {
        Instant now = Instant.now();
        record(personId, unitId, now);
        completedEvents.fire(
                new SelfStudyCompleted(personId, unitId, units.typeOf(unitId).orElse(""), now));
    }

    @Override
    @Transactional
    public void scored(long personId, long unitId, BigDecimal score, boolean passed, Duration timeSpent) {
        Instant now = Instant.now();
        if (passed) {
            record(personId, unitId, now);
        }
        scoredEvents.fire(new QuizScored(personId, unitId, score, passed, timeSpent, now));
    }

    /** Whether the person has completed (or passed) the unit. */
    public boolean isCompleted(long personId, long unitId) {
        return ((Number) em.createNativeQuery(
                                        "SELECT COUNT(*) FROM ss_completion WHERE person_id = ?1 AND unit_id = ?2")
                                .setParameter(1, personId)
                                .setParameter(2, unitId)
                                .getSingleResult())
                        .longValue()
                > 0;
    }

    private void record(long personId, long unitId, Instant at) {
        if (!isCompleted(personId, unitId)) {
            em.createNativeQuery("INSERT INTO ss_completion (person_id, unit_id, completed_at) VALUES (?1, ?2, ?3)")
                    .setParameter(1, personId)
                    .setParameter(2, unitId)
                    .setParameter(3, java.sql.Timestamp.from(at))
                    .executeUpdate();
        }
    }
}
