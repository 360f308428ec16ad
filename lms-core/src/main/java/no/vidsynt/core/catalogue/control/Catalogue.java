package no.vidsynt.core.catalogue.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import no.vidsynt.core.catalogue.entity.CourseVersion;

/**
 * The catalogue as learners see it: the latest published version of every published course, never a draft.
 *
 * <p>Filtering by words happens on the published titles, which live in the versions' JSON, so the published
 * versions are read and filtered here. A region's catalogue holds tens to a few hundred courses; should it grow far
 * beyond that, a title column on {@code course_version} would let the database do it.
 */
@ApplicationScoped
public class Catalogue {

    @PersistenceContext
    EntityManager em;

    /**
     * A course in the catalogue: its latest published version and whether learners may enrol themselves (a setting
     * of the course, not of a version).
     */
    public record Entry(PublishedCourse course, boolean selfEnrolment) {}

    /** One page of results and how many there are in all. */
    public record Page<T>(List<T> items, long total, int page, int size) {}

    /**
     * Published courses, by programme and title.
     *
     * @param programme only this programme, or null for all
     * @param words only courses whose title or summary contains this text (any case), or null
     * @param page the page, from 0
     * @param size courses per page
     */
    public Page<Entry> published(String programme, String words, int page, int size) {
        String needle = words == null || words.isBlank() ? null : words.strip().toLowerCase(Locale.ROOT);
        List<Entry> matching = em.createNamedQuery(CourseVersion.LATEST_OF_ALL, Object[].class).getResultList().stream()
                .map(row ->
                        new Entry(PublishedCourseJson.read(((CourseVersion) row[0]).getStructure()), (Boolean) row[1]))
                .filter(entry ->
                        programme == null || programme.equals(entry.course().programmeKey()))
                .filter(entry -> needle == null
                        || contains(entry.course().title(), needle)
                        || contains(entry.course().summary(), needle))
                .sorted(Comparator.comparing((Entry entry) -> entry.course().programmeKey())
                        .thenComparing(entry -> entry.course().title())
                        .thenComparing(entry -> entry.course().courseId()))
                .toList();
        return slice(matching, page, size);
    }

    /** Cuts one page out of a full list. */
    public static <T> Page<T> slice(List<T> all, int page, int size) {
        int from = (int) Math.min((long) page * size, all.size());
        int to = Math.min(from + size, all.size());
        return new Page<>(all.subList(from, to), all.size(), page, size);
    }

    private static boolean contains(String text, String needle) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(needle);
    }
}
