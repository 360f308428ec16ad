package no.vidsynt.core.learning.control;

import java.util.List;
import java.util.Locale;

/**
 * Links a feature or course module adds to one of a person's courses on "Min læring" (a programme's logbook while the
 * course goes on, its certificate once it is completed, say). Implemented by CDI beans; the page asks every one, so
 * the core never names what a module offers.
 */
public interface CourseLinks {

    /** One link: an id for the page, its text in the reader's language, its address inside the application ("/x.xhtml"). */
    record Link(String id, String label, String href) {}

    /** The links for the person's course; empty when the implementation has nothing for it. */
    List<Link> links(long personId, long courseId, boolean completed, Locale locale);
}
