package no.vidsynt.core.spi;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A kind of course unit (a task, a reading page, a reflection, a quiz, a training session, a content package).
 * The core and course modules register unit types as CDI beans implementing this interface; course units name their
 * type by {@link #key()}.
 *
 * <p>The learner takes every unit on one page, {@code /learning/unit.xhtml?id=...}, which includes the type's
 * {@link #learnerFragment()} inside its form; the fragment reaches the unit and its progress through the view-scoped
 * bean {@code #{unitView}} ({@code unitView.unit}, {@code unitView.settings}, {@code unitView.completed},
 * {@code unitView.markDone()}).
 */
public interface UnitType {

    /** How a unit of this type gets completed. */
    enum Completion {
        /** The learner marks it done (or reaches its end). */
        MARKED_DONE,
        /** A score decides: passed or failed against a pass mark. */
        SCORED,
        /** A trainer marks attendance in a linked training session. */
        ATTENDED,
        /** The content itself reports completion (an e-learning package). */
        REPORTED
    }

    /** Stable key stored in {@code course_unit.unit_type}: lower case letters and dashes ("task"). */
    String key();

    /** Bundle holding the type's label (bokmål in {@code _nb}, English in the base file). */
    String bundleBaseName();

    /** Bundle key of the type's name as authors and learners see it. */
    default String labelKey() {
        return "unitType." + key();
    }

    /** Facelet included in the learner's unit page. */
    String learnerFragment();

    /** Facelet included in the author's unit editor for the type's own settings, or {@code null} when it has none. */
    default String authorFragment() {
        return null;
    }

    /**
     * A page of its own that shows the unit as a learner sees it, opened with {@code ?unit=<id>}, for authors, who
     * are not enrolled and so cannot open the learner's unit page; {@code null} when the type has none.
     */
    default String previewView() {
        return null;
    }

    Completion completion();

    default String label(Locale locale) {
        return ResourceBundle.getBundle(bundleBaseName(), locale, getClass().getClassLoader())
                .getString(labelKey());
    }
}
