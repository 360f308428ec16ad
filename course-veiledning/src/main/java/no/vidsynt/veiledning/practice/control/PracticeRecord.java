package no.vidsynt.veiledning.practice.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import no.vidsynt.veiledning.practice.entity.PracticeRole;

/**
 * What a trainee has practised: the rounds of their cohort's practice groups they attended, counted per role. The one
 * place that answers it, for the completion rule and the trainer's cohort page.
 */
@ApplicationScoped
public class PracticeRecord {

    @PersistenceContext
    EntityManager em;

    /** Attended rounds per role (every role present, zero when none) of one person in one cohort. */
    public Map<PracticeRole, Integer> attendedRounds(long personId, long cohortId) {
        Map<PracticeRole, Integer> rounds = new EnumMap<>(PracticeRole.class);
        for (PracticeRole role : PracticeRole.values()) {
            rounds.put(role, 0);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT r.role, COUNT(*) FROM veiledning_round_role r"
                        + " JOIN veiledning_group g ON g.id = r.group_id"
                        + " WHERE r.person_id = ?1 AND g.cohort_id = ?2 AND r.attended = TRUE GROUP BY r.role")
                .setParameter(1, personId)
                .setParameter(2, cohortId)
                .getResultList();
        for (Object[] row : rows) {
            rounds.put(PracticeRole.valueOf((String) row[0]), ((Number) row[1]).intValue());
        }
        return rounds;
    }
}
