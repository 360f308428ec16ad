package no.vidsynt.core.catalogue.control;

/** Someone changed the course since the caller read it; the caller must read it again before changing it. */
public class EditConflict extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public EditConflict(long courseId, long expected, long actual) {
        super("Course " + courseId + " was changed by someone else (version " + actual + ", you sent " + expected
                + "). Read it again and repeat your change.");
    }
}
