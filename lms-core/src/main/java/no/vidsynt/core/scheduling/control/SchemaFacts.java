package no.vidsynt.core.scheduling.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import no.vidsynt.core.catalogue.control.CourseCatalogue;
import no.vidsynt.core.catalogue.control.PublishedCourses;
import no.vidsynt.core.enrolment.control.EnrolmentFacts;
import no.vidsynt.core.progress.control.ProgressFacts;
import no.vidsynt.core.spi.BookingRules;

/**
 * What scheduling and the course modules' booking rules need to know about courses, units, enrolment and progress.
 * Scheduling's own tables are read here; everything else is asked of the feature that owns it (the catalogue, the
 * enrolments, progress), so each fact has one definition.
 */
@ApplicationScoped
public class SchemaFacts implements BookingRules.Facts {

    @PersistenceContext
    EntityManager em;

    @Inject
    EnrolmentFacts enrolments;

    @Inject
    ProgressFacts progress;

    @Inject
    PublishedCourses published;

    @Inject
    CourseCatalogue catalogue;

    /** Enrolled in the course, as the enrolment feature defines it. */
    public boolean enrolled(long personId, long courseId) {
        return enrolments.isEnrolled(personId, courseId);
    }

    @Override
    public long openBookingsForUnit(long personId, long unitId, long exceptSessionId) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM session_booking b "
                                + "JOIN training_session s ON s.id = b.session_id "
                                + "WHERE s.unit_id = ?1 AND b.person_id = ?2 AND s.id <> ?3 AND s.status = 'SCHEDULED' "
                                + "AND s.ends_at > ?4 AND b.status IN ('BOOKED', 'WAITLISTED', 'OFFERED')")
                        .setParameter(1, unitId)
                        .setParameter(2, personId)
                        .setParameter(3, exceptSessionId)
                        .setParameter(4, Instant.now())
                        .getSingleResult())
                .longValue();
    }

    /** Completed or passed, as the progress feature defines it. */
    @Override
    public boolean unitCompleted(long personId, long unitId) {
        return progress.unitDone(personId, unitId);
    }

    /** The unit before this one in the published course, the structure learners see. */
    @Override
    public Optional<Long> previousUnit(long unitId) {
        return published.previousUnit(unitId);
    }

    /** The course a unit belongs to, if the unit exists. */
    public Optional<Long> courseOfUnit(long unitId) {
        return catalogue.unit(unitId).map(CourseCatalogue.UnitRow::courseId);
    }

    /** The programme a course belongs to, if the course exists. */
    public Optional<String> programmeOfCourse(long courseId) {
        return catalogue.programmeOf(courseId);
    }

    public Optional<String> unitTitle(long unitId) {
        return catalogue.unitTitle(unitId);
    }

    /** Units a session may link to: id and "course - unit" title, in course order. */
    public List<Object[]> unitChoices() {
        return catalogue.unitChoices().stream()
                .map(unit -> new Object[] {unit.id(), unit.courseTitle(), unit.unitTitle()})
                .toList();
    }
}
