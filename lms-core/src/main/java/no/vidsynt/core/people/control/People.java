package no.vidsynt.core.people.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.vidsynt.core.people.entity.Person;
import no.vidsynt.core.people.entity.Role;

/** Finds people. Changes go through the services of the feature that makes them. */
@ApplicationScoped
public class People {

    @PersistenceContext
    EntityManager em;

    public Optional<Person> byUsername(String username) {
        return em.createNamedQuery(Person.BY_USERNAME, Person.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
    }

    public Optional<Person> byId(long id) {
        return Optional.ofNullable(em.find(Person.class, id));
    }

    /** The people with these ids, by name. */
    public List<Person> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT p FROM Person p WHERE p.id IN :ids ORDER BY p.displayName", Person.class)
                .setParameter("ids", ids)
                .getResultList();
    }

    /** Active people with the role, by name. */
    public List<Person> activeWithRole(Role role) {
        return em.createQuery(
                        "SELECT DISTINCT p FROM Person p JOIN p.roles r WHERE r = :role AND p.active = TRUE "
                                + "ORDER BY p.displayName",
                        Person.class)
                .setParameter("role", role)
                .getResultList();
    }

    /** Active people, other than {@code except}, who have the role or belong to one of the units; by name. */
    public List<Person> activeWithRoleOrIn(Role role, Set<Long> unitIds, long except) {
        return em.createQuery(
                        "SELECT DISTINCT p FROM Person p LEFT JOIN p.units u LEFT JOIN p.roles r "
                                + "WHERE p.active = TRUE AND p.id <> :me AND (r = :role OR u.id IN :units) "
                                + "ORDER BY p.displayName",
                        Person.class)
                .setParameter("me", except)
                .setParameter("role", role)
                .setParameter("units", unitIds.isEmpty() ? Set.of(-1L) : unitIds)
                .getResultList();
    }

    /** The ids of the organisational units the person belongs to (as stored now, not as the caller holds it). */
    public Set<Long> unitIdsOf(Person person) {
        Person fresh = em.find(Person.class, person.getId());
        Set<Long> ids = new HashSet<>();
        (fresh == null ? person : fresh).getUnits().forEach(unit -> ids.add(unit.getId()));
        return ids;
    }

    public long countWithRole(Role role) {
        return em.createNamedQuery(Person.COUNT_WITH_ROLE, Long.class)
                .setParameter("role", role)
                .getSingleResult();
    }

    public long countAll() {
        return em.createNamedQuery(Person.COUNT_ALL, Long.class).getSingleResult();
    }
}
