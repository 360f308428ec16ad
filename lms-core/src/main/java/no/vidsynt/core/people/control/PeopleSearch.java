package no.vidsynt.core.people.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import no.vidsynt.core.organisation.control.Organisation;
import no.vidsynt.core.people.entity.Person;
import no.vidsynt.core.people.entity.Role;

/** Finds people for administrators, a page at a time: by name, username or e-mail, unit, role and whether active. */
@ApplicationScoped
public class PeopleSearch {

    @PersistenceContext
    EntityManager em;

    @Inject
    AdminCheck adminCheck;

    @Inject
    Organisation organisation;

    /**
     * What to look for; every part is optional.
     *
     * @param text part of the name, username or e-mail
     * @param unitId a unit: its members and the members of the units below it
     * @param role people holding this role
     * @param active true for active people only, false for deactivated only, null for both
     */
    public record Criteria(String text, Long unitId, Role role, Boolean active) {
        public static Criteria everyone() {
            return new Criteria(null, null, null, null);
        }
    }

    public ResultPage<Person> search(Criteria criteria, int page, int size) {
        adminCheck.requireAdmin();
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (criteria.text() != null && !criteria.text().isBlank()) {
            where.append(" AND (LOWER(p.displayName) LIKE :text ESCAPE '!' OR LOWER(p.username) LIKE :text ESCAPE '!'"
                    + " OR LOWER(p.email) LIKE :text ESCAPE '!')");
            parameters.put("text", "%" + likeEscaped(criteria.text().trim().toLowerCase(Locale.ROOT)) + "%");
        }
        if (criteria.unitId() != null) {
            Set<Long> units = organisation.unitAndDescendants(criteria.unitId());
            where.append(" AND EXISTS (SELECT u FROM Person m JOIN m.units u WHERE m = p AND u.id IN :units)");
            parameters.put("units", units);
        }
        if (criteria.role() != null) {
            where.append(" AND EXISTS (SELECT r FROM Person h JOIN h.roles r WHERE h = p AND r = :role)");
            parameters.put("role", criteria.role());
        }
        if (criteria.active() != null) {
            where.append(" AND p.active = :active");
            parameters.put("active", criteria.active());
        }
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(p) FROM Person p" + where, Long.class);
        TypedQuery<Person> items =
                em.createQuery("SELECT p FROM Person p" + where + " ORDER BY p.displayName, p.username", Person.class);
        parameters.forEach((name, value) -> {
            count.setParameter(name, value);
            items.setParameter(name, value);
        });
        items.setFirstResult(page * size).setMaxResults(size);
        return new ResultPage<>(items.getResultList(), count.getSingleResult(), page, size);
    }

    static String likeEscaped(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
