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

    /** One page of results and how many there are in all. */
    public record Page<T>(List<T> items, long total, int page, int size) {
    }

    /**
     * Published courses, by programme and title.
     *
     * @param programme only this programme, or null for all
     * @param words only courses whose title or summary contains this text (any case), or null
     * @param page the page, from 0
     * @param size courses per page
     */
    public Page<PublishedCourse> published(String programme, String words, int page, int size) {
        String needle = words == null || words.isBlank() ? null : words.strip().toLowerCase(Locale.ROOT);
        List<PublishedCourse> matching = em.createNamedQuery(CourseVersion.LATEST_OF_ALL, CourseVersion.class)
                .getResultList().stream()
                .map(version -> PublishedCourseJson.read(version.getStructure()))
                .filter(course -> programme == null || programme.equals(course.programmeKey()))
                .filter(course -> needle == null || contains(course.title(), needle) || contains(course.summary(), needle))
                .sorted(Comparator.comparing(PublishedCourse::programmeKey).thenComparing(PublishedCourse::title)
                        .thenComparing(PublishedCourse::courseId))
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
