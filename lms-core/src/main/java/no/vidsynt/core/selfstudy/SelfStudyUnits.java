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

    @jakarta.inject.Inject
    no.vidsynt.core.security.boundary.CurrentPerson currentPerson;

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

    /** The unit's own settings (a JSON object), or null when it has none. */
    public String settingsOf(long unitId) {
        @SuppressWarnings("unchecked")
        List<Object> rows = em.createNativeQuery("SELECT settings FROM course_unit WHERE id = ?1")
                .setParameter(1, unitId).getResultList();
        Object value = rows.isEmpty() ? null : rows.get(0);
        if (value instanceof java.sql.Clob clob) {
            try {
                return clob.getSubString(1, (int) clob.length());
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return value == null ? null : value.toString();
    }

    public Optional<String> typeOf(long unitId) {
        return find(unitId).map(UnitInfo::type);
    }

    /** The unit when it exists and has the given type; otherwise 404 (the same answer whatever the reason). */
    public UnitInfo require(long unitId, String type) {
        UnitInfo unit = find(unitId).filter(found -> found.type().equals(type))
                .orElseThrow(() -> new NotFoundException("No such " + type + " unit."));
        signedIn().ifPresent(person -> {
            if (!mayOpen(person, unit.courseId())) {
                throw new NotFoundException("No such " + type + " unit.");
            }
        });
        return unit;
    }

    /** Learners open units of courses they are enrolled in; the course's authors and administrators open all. */
    public boolean mayOpen(Person person, long courseId) {
        if (mayEdit(person, courseId)) {
            return true;
        }
        @SuppressWarnings("unchecked")
        List<Number> enrolled = em.createNativeQuery("SELECT 1 FROM enrolment WHERE course_id = ?1 AND person_id = ?2"
                        + " AND status IN ('ACTIVE', 'COMPLETED')")
                .setParameter(1, courseId).setParameter(2, person.getId()).getResultList();
        return !enrolled.isEmpty();
    }

    /** The person behind this request; empty outside requests (start-up, scheduled jobs), where no check applies. */
    private java.util.Optional<Person> signedIn() {
        try {
            return currentPerson.get();
        } catch (jakarta.enterprise.context.ContextNotActiveException outsideRequest) {
            return java.util.Optional.empty();
        }
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
