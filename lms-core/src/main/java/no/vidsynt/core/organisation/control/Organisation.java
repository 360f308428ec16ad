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
                .setParameter(1, personId).getResultList();
        Set<Long> roots = new HashSet<>();
        led.forEach(id -> roots.add(id.longValue()));
        return roots.isEmpty() ? Set.of() : walkDown(roots, childrenByParent());
    }

    /** Whether the person leads this unit or one above it. */
    public boolean leads(long personId, long unitId) {
        return unitIdsLedBy(personId).contains(unitId);
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
