package no.vidsynt.veiledning.cohort.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import no.vidsynt.core.enrolment.control.Enrolments;
import no.vidsynt.core.enrolment.entity.Enrolment;
import no.vidsynt.core.leader.control.SmallCounts;
import no.vidsynt.core.organisation.control.Organisation;
import no.vidsynt.core.people.entity.Person;
import no.vidsynt.veiledning.cohort.entity.Candidacy;
import no.vidsynt.veiledning.cohort.entity.CandidacyStatus;

/**
 * What a leader sees of their department's trainees: per unit they follow, how many are on their way in (nominated,
 * applied, approved, waiting), in progress (admitted) and completed (the course completed in the core, or a
 * certificate), never who; counts below five read "&lt;5", as in the core's leader view.
 */
@ApplicationScoped
public class TraineeCounts {

    @PersistenceContext
    EntityManager em;

    @Inject
    Candidacies candidacies;

    @Inject
    Organisation organisation;

    @Inject
    Enrolments enrolments;

    @Inject
    VeiledningCohorts cohorts;

    /** One unit's figures (or the total's), each a number of five or more, or "&lt;5". */
    public record Row(Long unitId, String unitName, String nominated, String inProgress, String completed) {}

    public record Overview(Row total, List<Row> units) {}

    public Overview of(Person leader) {
        Set<Long> units = candidacies.unitsFollowedBy(leader);
        Map<Long, String> names = organisation.unitNames();
        Set<List<Long>> certified = certified();
        Map<String, long[]> perUnit = new TreeMap<>();
        long[] total = new long[3];
        for (Candidacy candidacy :
                em.createQuery("SELECT c FROM Candidacy c", Candidacy.class).getResultList()) {
            if (candidacy.getOrgUnitId() == null || !units.contains(candidacy.getOrgUnitId())) {
                continue;
            }
            int column = column(candidacy, certified);
            if (column < 0) {
                continue;
            }
            String name = names.getOrDefault(candidacy.getOrgUnitId(), "#" + candidacy.getOrgUnitId());
            perUnit.computeIfAbsent(name + "\u0000" + candidacy.getOrgUnitId(), key -> new long[3])[column]++;
            total[column]++;
        }
        List<Row> rows = new ArrayList<>();
        perUnit.forEach((key, counts) -> {
            String[] parts = key.split("\u0000");
            rows.add(row(Long.valueOf(parts[1]), parts[0], counts));
        });
        rows.sort(Comparator.comparing(Row::unitName));
        return new Overview(row(null, null, total), rows);
    }

    /** 0 on the way in, 1 in progress, 2 completed, -1 not counted (rejected, withdrawn). */
    private int column(Candidacy candidacy, Set<List<Long>> certified) {
        CandidacyStatus status = candidacy.getStatus();
        if (status == CandidacyStatus.ADMITTED) {
            return completed(candidacy, certified) ? 2 : 1;
        }
        return status.isOpen() ? 0 : -1;
    }

    private boolean completed(Candidacy candidacy, Set<List<Long>> certified) {
        if (certified.contains(List.of(candidacy.getPersonId(), candidacy.getCohortId()))) {
            return true;
        }
        return cohorts.plan(candidacy.getCohortId())
                .flatMap(plan -> enrolments.of(candidacy.getPersonId(), plan.courseId()))
                .map(enrolment -> enrolment.getStatus() == Enrolment.Status.COMPLETED)
                .orElse(false);
    }

    /** (person, cohort) of every certificate not revoked. */
    private Set<List<Long>> certified() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT person_id, cohort_id FROM veiledning_certificate WHERE revoked_at IS NULL")
                .getResultList();
        Set<List<Long>> pairs = new HashSet<>();
        rows.forEach(row -> pairs.add(List.of(((Number) row[0]).longValue(), ((Number) row[1]).longValue())));
        return pairs;
    }

    private static Row row(Long unitId, String name, long[] counts) {
        return new Row(
                unitId, name, SmallCounts.mask(counts[0]), SmallCounts.mask(counts[1]), SmallCounts.mask(counts[2]));
    }
}
