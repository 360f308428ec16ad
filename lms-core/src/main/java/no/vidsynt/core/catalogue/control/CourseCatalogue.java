package no.vidsynt.core.catalogue.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Read-only questions about courses as other features need them (which exist, are published, are open for
 * self-enrolment; a unit's course, type and settings), offered by the catalogue, which owns the tables: learning,
 * enrolment, progress, scheduling and content ask here rather than reading {@code course} or {@code course_unit}.
 */
@ApplicationScoped
public class CourseCatalogue {

    private static final String PUBLISHED = "EXISTS (SELECT 1 FROM course_version v WHERE v.course_id = c.id)";

    @PersistenceContext
    EntityManager em;

    /** A published course as listed in the catalogue. */
    public record Listing(long id, String programmeKey, String title, String summary, boolean selfEnrolment) {}

    /** A unit's row: what the unit page needs beyond the published structure. */
    public record UnitRow(long id, long courseId, String type, String settings, boolean removed) {}

    /** Every published course, by programme and title. */
    public List<Listing> published() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT c.id, c.programme_key, c.title, c.summary, c.self_enrolment"
                        + " FROM course c WHERE " + PUBLISHED + " ORDER BY c.programme_key, c.title, c.id")
                .getResultList();
        return rows.stream().map(CourseCatalogue::listing).toList();
    }

    /** One course, when it is published. */
    public Optional<Listing> published(long courseId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT c.id, c.programme_key, c.title, c.summary, c.self_enrolment"
                        + " FROM course c WHERE c.id = ?1 AND " + PUBLISHED)
                .setParameter(1, courseId)
                .getResultList();
        return rows.stream().findFirst().map(CourseCatalogue::listing);
    }

    /** Titles of the given courses (published or not), for prerequisites and lists. */
    public Map<Long, String> titles(Collection<Long> courseIds) {
        Map<Long, String> titles = new HashMap<>();
        if (courseIds.isEmpty()) {
            return titles;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, title FROM course WHERE id IN ("
                        + String.join(
                                ",", courseIds.stream().map(String::valueOf).toList()) + ")")
                .getResultList();
        rows.forEach(row -> titles.put(((Number) row[0]).longValue(), (String) row[1]));
        return titles;
    }

    public Optional<UnitRow> unit(long unitId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT id, course_id, unit_type, settings, removed FROM course_unit WHERE id = ?1")
                .setParameter(1, unitId)
                .getResultList();
        return rows.stream()
                .findFirst()
                .map(row -> new UnitRow(
                        ((Number) row[0]).longValue(),
                        ((Number) row[1]).longValue(),
                        (String) row[2],
                        text(row[3]),
                        bool(row[4])));
    }

    /** The programme a course belongs to (published or not), if the course exists. */
    public Optional<String> programmeOf(long courseId) {
        @SuppressWarnings("unchecked")
        List<Object> rows = em.createNativeQuery("SELECT programme_key FROM course WHERE id = ?1")
                .setParameter(1, courseId)
                .setMaxResults(1)
                .getResultList();
        return rows.stream().findFirst().map(String::valueOf);
    }

    /** A unit's title as authored (the draft's), if the unit exists. */
    public Optional<String> unitTitle(long unitId) {
        @SuppressWarnings("unchecked")
        List<Object> rows = em.createNativeQuery("SELECT title FROM course_unit WHERE id = ?1")
                .setParameter(1, unitId)
                .setMaxResults(1)
                .getResultList();
        return rows.stream().findFirst().map(String::valueOf);
    }

    /** The ids of the course's named authors (none: the course has no named authors). */
    public java.util.Set<Long> authorIds(long courseId) {
        @SuppressWarnings("unchecked")
        List<Number> rows = em.createNativeQuery("SELECT person_id FROM course_author WHERE course_id = ?1")
                .setParameter(1, courseId)
                .getResultList();
        return rows.stream().map(Number::longValue).collect(java.util.stream.Collectors.toSet());
    }

    /** A unit to choose from a list: its id, its course's title and its own. */
    public record UnitChoice(long id, String type, String courseTitle, String unitTitle) {}

    /** Every unit that is not removed, by course title and course order. */
    public List<UnitChoice> unitChoices() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT u.id, u.unit_type, c.title, u.title FROM course_unit u "
                        + "JOIN course c ON c.id = u.course_id JOIN course_section s ON s.id = u.section_id "
                        + "WHERE u.removed = FALSE ORDER BY c.title, s.position, u.position")
                .getResultList();
        return rows.stream()
                .map(row -> new UnitChoice(
                        ((Number) row[0]).longValue(), (String) row[1], (String) row[2], (String) row[3]))
                .toList();
    }

    private static Listing listing(Object[] row) {
        return new Listing(((Number) row[0]).longValue(), (String) row[1], (String) row[2], text(row[3]), bool(row[4]));
    }

    static boolean bool(Object value) {
        if (value instanceof Boolean flag) {
            return flag;
        }
        return value instanceof Number number && number.intValue() != 0;
    }

    static String text(Object value) {
        if (value instanceof java.sql.Clob clob) {
            try {
                return clob.getSubString(1, (int) clob.length());
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return value == null ? null : value.toString();
    }
}
