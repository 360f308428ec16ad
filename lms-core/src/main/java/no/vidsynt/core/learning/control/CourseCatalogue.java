package no.vidsynt.core.learning.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Read-only questions about courses as the learner's side needs them (which exist, are published, are open for
 * self-enrolment; a unit's course, type and settings). The catalogue feature owns the tables and their entities; this
 * reads them with small native queries so the two features stay apart.
 */
@ApplicationScoped
public class CourseCatalogue {

    private static final String PUBLISHED = "EXISTS (SELECT 1 FROM course_version v WHERE v.course_id = c.id)";

    @PersistenceContext
    EntityManager em;

    /** A published course as listed in the catalogue. */
    public record Listing(long id, String programmeKey, String title, String summary, boolean selfEnrolment) {
    }

    /** A unit's row: what the unit page needs beyond the published structure. */
    public record UnitRow(long id, long courseId, String type, String settings, boolean removed) {
    }

    /** Every published course, by programme and title. */
    public List<Listing> published() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT c.id, c.programme_key, c.title, c.summary, c.self_enrolment"
                + " FROM course c WHERE " + PUBLISHED + " ORDER BY c.programme_key, c.title, c.id").getResultList();
        return rows.stream().map(CourseCatalogue::listing).toList();
    }

    /** One course, when it is published. */
    public Optional<Listing> published(long courseId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT c.id, c.programme_key, c.title, c.summary, c.self_enrolment"
                + " FROM course c WHERE c.id = ?1 AND " + PUBLISHED).setParameter(1, courseId).getResultList();
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
                + String.join(",", courseIds.stream().map(String::valueOf).toList()) + ")").getResultList();
        rows.forEach(row -> titles.put(((Number) row[0]).longValue(), (String) row[1]));
        return titles;
    }

    public Optional<UnitRow> unit(long unitId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT id, course_id, unit_type, settings, removed FROM course_unit WHERE id = ?1")
                .setParameter(1, unitId).getResultList();
        return rows.stream().findFirst().map(row -> new UnitRow(((Number) row[0]).longValue(),
                ((Number) row[1]).longValue(), (String) row[2], text(row[3]), bool(row[4])));
    }

    /** Names of organisational units by id. */
    public Map<Long, String> orgUnitNames() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, name FROM org_unit").getResultList();
        Map<Long, String> names = new HashMap<>();
        rows.forEach(row -> names.put(((Number) row[0]).longValue(), (String) row[1]));
        return names;
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
