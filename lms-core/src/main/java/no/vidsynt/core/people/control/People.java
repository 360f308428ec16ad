package no.vidsynt.core.people.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
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
                .getResultStream().findFirst();
    }

    public long countWithRole(Role role) {
        return em.createNamedQuery(Person.COUNT_WITH_ROLE, Long.class).setParameter("role", role).getSingleResult();
    }

    public long countAll() {
        return em.createNamedQuery(Person.COUNT_ALL, Long.class).getSingleResult();
    }
}
