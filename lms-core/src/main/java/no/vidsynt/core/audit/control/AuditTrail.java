package no.vidsynt.core.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.vidsynt.core.audit.entity.AuditEntry;
import no.vidsynt.core.people.control.AdminCheck;
import no.vidsynt.core.people.control.ResultPage;

/** Reads the audit log for administrators: newest first, a page at a time, filtered by actor, action and dates. */
@ApplicationScoped
public class AuditTrail {

    /** Dates in filters are Norwegian calendar days. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Oslo");

    @PersistenceContext
    EntityManager em;

    @Inject
    AdminCheck adminCheck;

    /**
     * @param actor exact username of who made the change
     * @param action an action ("person.created") or the start of one ("person.")
     * @param from the first day included
     * @param to the last day included
     */
    public record Criteria(String actor, String action, LocalDate from, LocalDate to) {}

    public ResultPage<AuditEntry> search(Criteria criteria, int page, int size) {
        adminCheck.requireAdmin();
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (criteria.actor() != null && !criteria.actor().isBlank()) {
            where.append(" AND e.actor = :actor");
            parameters.put("actor", criteria.actor().trim());
        }
        if (criteria.action() != null && !criteria.action().isBlank()) {
            where.append(" AND e.action LIKE :action");
            parameters.put("action", criteria.action().trim().replace("%", "").replace("_", "!_") + "%");
            where.append(" ESCAPE '!'");
        }
        if (criteria.from() != null) {
            where.append(" AND e.at >= :from");
            parameters.put("from", criteria.from().atStartOfDay(ZONE).toInstant());
        }
        if (criteria.to() != null) {
            where.append(" AND e.at < :to");
            parameters.put("to", criteria.to().plusDays(1).atStartOfDay(ZONE).toInstant());
        }
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(e) FROM AuditEntry e" + where, Long.class);
        TypedQuery<AuditEntry> items = em.createQuery(
                "SELECT e FROM AuditEntry e" + where + " ORDER BY e.at DESC, e.id DESC", AuditEntry.class);
        parameters.forEach((name, value) -> {
            count.setParameter(name, value);
            items.setParameter(name, value);
        });
        items.setFirstResult(page * size).setMaxResults(size);
        return new ResultPage<>(items.getResultList(), count.getSingleResult(), page, size);
    }

    /** The actions recorded so far, for the filter's choices. */
    public List<String> actions() {
        adminCheck.requireAdmin();
        return em.createQuery("SELECT DISTINCT e.action FROM AuditEntry e ORDER BY e.action", String.class)
                .getResultList();
    }
}
