package no.vidsynt.core.organisation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Questions about the organisational tree: which units lie below a unit, and which units a leader follows (the units
 * they lead and everything below them). The tree is small (hundreds of units), so it is read whole and walked here.
 */
@ApplicationScoped
public class Organisation {

    @PersistenceContext
    EntityManager em;

    /** The unit and every unit below it. */
    public Set<Long> unitAndDescendants(long unitId) {
        return walkDown(Set.of(unitId), childrenByParent());
    }

    /** Every unit the person leads, and the units below those; empty for someone who leads nothing. */
    public Set<Long> unitIdsLedBy(long personId) {
        @SuppressWarnings("unchecked")
        List<Number> led = em.createNativeQuery("SELECT unit_id FROM org_unit_leader WHERE person_id = ?1")
                .setParameter(1, personId)
                .getResultList();
        Set<Long> roots = new HashSet<>();
        led.forEach(id -> roots.add(id.longValue()));
        return roots.isEmpty() ? Set.of() : walkDown(roots, childrenByParent());
    }

    /** The units someone may follow: every unit for administrators, their own (and below) for leaders, else none. */
    public Set<Long> unitsFollowedBy(long personId, boolean admin, boolean leader) {
        if (admin) {
            return unitNames().keySet();
        }
        return leader ? unitIdsLedBy(personId) : Set.of();
    }

    /** Whether the person leads this unit or one above it. */
    public boolean leads(long personId, long unitId) {
        return unitIdsLedBy(personId).contains(unitId);
    }

    /** The members of each of the given units (directly, not of the units below), by unit id. */
    public Map<Long, Set<Long>> membersByUnit(Set<Long> unitIds) {
        Map<Long, Set<Long>> members = new HashMap<>();
        if (unitIds.isEmpty()) {
            return members;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT unit_id, person_id FROM person_unit WHERE unit_id IN ("
                        + String.join(",", unitIds.stream().map(String::valueOf).toList()) + ")")
                .getResultList();
        for (Object[] row : rows) {
            members.computeIfAbsent(((Number) row[0]).longValue(), unit -> new HashSet<>())
                    .add(((Number) row[1]).longValue());
        }
        return members;
    }

    /** Whether the unit exists. */
    public boolean exists(long unitId) {
        return !em.createNativeQuery("SELECT id FROM org_unit WHERE id = ?1")
                .setParameter(1, unitId)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    /** Names of all organisational units by id. */
    public Map<Long, String> unitNames() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows =
                em.createNativeQuery("SELECT id, name FROM org_unit").getResultList();
        Map<Long, String> names = new HashMap<>();
        rows.forEach(row -> names.put(((Number) row[0]).longValue(), (String) row[1]));
        return names;
    }

    private Map<Long, List<Long>> childrenByParent() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, parent_id FROM org_unit WHERE parent_id IS NOT NULL")
                .getResultList();
        Map<Long, List<Long>> children = new HashMap<>();
        for (Object[] row : rows) {
            children.computeIfAbsent(((Number) row[1]).longValue(), key -> new java.util.ArrayList<>())
                    .add(((Number) row[0]).longValue());
        }
        return children;
    }

    static Set<Long> walkDown(Set<Long> roots, Map<Long, List<Long>> children) {
        Set<Long> seen = new HashSet<>(roots);
        var queue = new ArrayDeque<>(roots);
        while (!queue.isEmpty()) {
            for (Long child : children.getOrDefault(queue.poll(), List.of())) {
                if (seen.add(child)) {
                    queue.add(child);
                }
            }
        }
        return seen;
    }
}
