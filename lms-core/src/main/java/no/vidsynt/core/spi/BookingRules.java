package no.vidsynt.core.spi;

import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * A rule on who may book a training session. The core's own rules are CDI beans asked for every session; a course
 * module's rules (named in {@link CourseModule#bookingRules()}) are asked only for sessions whose programme is that
 * module, so a module's rule never needs to check which programme it is looking at. Rules are asked inside the
 * booking transaction, on every booking path (pages and API); the first refusal wins.
 */
public interface BookingRules {

    /** Why the person may not book, or empty when this rule allows it. */
    Optional<Refusal> check(Request request);

    /**
     * What a rule gets to decide on.
     *
     * @param kind the session's kind key (see {@link SessionKind})
     * @param programmeKey the programme the session belongs to
     * @param courseId the course, or null
     * @param unitId the course unit attending completes, or null
     * @param facts questions a rule may ask about the person's learning
     */
    record Request(
            long personId, long sessionId, String kind, String programmeKey, Long courseId, Long unitId, Facts facts) {}

    /** What the core answers about a person, from the shared schema. */
    interface Facts {

        /** Open bookings (booked, waitlisted, offered) of the person in other sessions for this unit not yet ended. */
        long openBookingsForUnit(long personId, long unitId, long exceptSessionId);

        boolean unitCompleted(long personId, long unitId);

        /** The unit before this one in its course's order (sections, then units), if there is one. */
        Optional<Long> previousUnit(long unitId);
    }

    /** A refusal whose text lives in a language bundle (bokmål in {@code _nb}, English in the base file). */
    record Refusal(String bundleBaseName, String key, ClassLoader loader) {

        public String message(Locale locale) {
            return ResourceBundle.getBundle(bundleBaseName, locale, loader).getString(key);
        }
    }
}
