package no.vidsynt.core.scheduling.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import no.vidsynt.core.spi.BookingRules;

/**
 * What scheduling needs to know about courses, units, enrolment and progress, asked of the shared schema with plain
 * SQL: those tables belong to other features, so scheduling links to them by id only.
 */
@ApplicationScoped
public class SchemaFacts implements BookingRules.Facts {

    @PersistenceContext
    EntityManager em;

    /** Enrolled = an ACTIVE enrolment row for the course and person. */
    public boolean enrolled(long personId, long courseId) {
        return count("SELECT COUNT(*) FROM enrolment WHERE course_id = ?1 AND person_id = ?2 AND status = 'ACTIVE'",
                courseId, personId) > 0;
    }

    @Override
    public long openBookingsForUnit(long personId, long unitId, long exceptSessionId) {
        return count("SELECT COUNT(*) FROM session_booking b JOIN training_session s ON s.id = b.session_id "
                + "WHERE s.unit_id = ?1 AND b.person_id = ?2 AND s.id <> ?3 AND s.status = 'SCHEDULED' "
                + "AND s.ends_at > ?4 AND b.status IN ('BOOKED', 'WAITLISTED', 'OFFERED')",
                unitId, personId, exceptSessionId, Instant.now());
    }

    @Override
    public boolean unitCompleted(long personId, long unitId) {
        return count("SELECT COUNT(*) FROM unit_progress WHERE person_id = ?1 AND unit_id = ?2 AND status = 'COMPLETED'",
                personId, unitId) > 0;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<Long> previousUnit(long unitId) {
        List<Object> ordered = em.createNativeQuery("SELECT u.id FROM course_unit u "
                        + "JOIN course_section s ON s.id = u.section_id "
                        + "WHERE u.course_id = (SELECT c.course_id FROM course_unit c WHERE c.id = ?1) "
                        + "AND u.removed = FALSE AND s.removed = FALSE ORDER BY s.position, u.position, u.id")
                .setParameter(1, unitId).getResultList();
        Long previous = null;
        for (Object id : ordered) {
            long current = ((Number) id).longValue();
            if (current == unitId) {
                return Optional.ofNullable(previous);
            }
            previous = current;
        }
        return Optional.empty();
    }

    /** The course a unit belongs to, if the unit exists. */
    public Optional<Long> courseOfUnit(long unitId) {
        return first("SELECT course_id FROM course_unit WHERE id = ?1", unitId).map(Number.class::cast)
                .map(Number::longValue);
    }

    /** The programme a course belongs to, if the course exists. */
    public Optional<String> programmeOfCourse(long courseId) {
        return first("SELECT programme_key FROM course WHERE id = ?1", courseId).map(String::valueOf);
    }

    public Optional<String> unitTitle(long unitId) {
        return first("SELECT title FROM course_unit WHERE id = ?1", unitId).map(String::valueOf);
    }

    /** Units a session may link to: id and "course - unit" title, in course order. */
    @SuppressWarnings("unchecked")
    public List<Object[]> unitChoices() {
        return em.createNativeQuery("SELECT u.id, c.title, u.title FROM course_unit u JOIN course c ON c.id = u.course_id "
                + "JOIN course_section s ON s.id = u.section_id WHERE u.removed = FALSE "
                + "ORDER BY c.title, s.position, u.position").getResultList();
    }

    private long count(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return ((Number) query.getSingleResult()).longValue();
    }

    @SuppressWarnings("unchecked")
    private Optional<Object> first(String sql, Object parameter) {
        List<Object> rows = em.createNativeQuery(sql).setParameter(1, parameter).setMaxResults(1).getResultList();
        return rows.stream().findFirst();
    }
}
