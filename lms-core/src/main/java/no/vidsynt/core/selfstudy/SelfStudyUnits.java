package no.vidsynt.core.selfstudy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.NotFoundException;
import java.util.List;
import java.util.Optional;
import no.vidsynt.core.people.entity.Person;
import no.vidsynt.core.people.entity.Role;

/**
 * The course units the self-study types live in, read from the shared {@code course_unit} table (owned by the
 * catalogue): which type a unit has, its title and course, and who may edit it.
 */
@ApplicationScoped
public class SelfStudyUnits {

    /** What the self-study pages need to know about a course unit. */
    public record UnitInfo(long id, long courseId, String type, String title, String courseTitle) {
    }

    @PersistenceContext
    EntityManager em;

    public Optional<UnitInfo> find(long unitId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT u.id, u.course_id, u.unit_type, u.title, c.title "
                        + "FROM course_unit u JOIN course c ON c.id = u.course_id WHERE u.id = ?1 AND u.removed = FALSE")
                .setParameter(1, unitId).getResultList();
        return rows.stream().findFirst().map(row -> new UnitInfo(((Number) row[0]).longValue(),
                ((Number) row[1]).longValue(), (String) row[2], (String) row[3], (String) row[4]));
    }

    public Optional<String> typeOf(long unitId) {
        return find(unitId).map(UnitInfo::type);
    }

    /** The unit when it exists and has the given type; otherwise 404 (the same answer whatever the reason). */
    public UnitInfo require(long unitId, String type) {
        return find(unitId).filter(unit -> unit.type().equals(type))
                .orElseThrow(() -> new NotFoundException("No such " + type + " unit."));
    }

    /** Administrators, and authors of the course (any author while the course has no named authors). */
    public boolean mayEdit(Person person, long courseId) {
        if (person.getRoles().contains(Role.ADMIN)) {
            return true;
        }
        if (!person.getRoles().contains(Role.AUTHOR)) {
            return false;
        }
        @SuppressWarnings("unchecked")
        List<Number> authors = em.createNativeQuery("SELECT person_id FROM course_author WHERE course_id = ?1")
                .setParameter(1, courseId).getResultList();
        return authors.isEmpty() || authors.stream().anyMatch(id -> id.longValue() == person.getId());
    }
}
