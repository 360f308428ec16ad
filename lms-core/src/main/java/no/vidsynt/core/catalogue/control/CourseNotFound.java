package no.vidsynt.core.catalogue.control;

/**
 * The course (or its section or unit) does not exist, or the caller may not see or edit it. Both read the same, so
 * nobody learns which courses exist by probing ids.
 */
public class CourseNotFound extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CourseNotFound(String what, long id) {
        super("There is no " + what + " " + id + " that you can edit.");
    }
}
