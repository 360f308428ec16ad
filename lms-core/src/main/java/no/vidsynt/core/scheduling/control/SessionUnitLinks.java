package no.vidsynt.core.scheduling.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import no.vidsynt.core.audit.control.AuditLog;
import no.vidsynt.core.catalogue.control.CourseAccess;
import no.vidsynt.core.catalogue.control.CourseNotFound;
import no.vidsynt.core.catalogue.control.Editor;
import no.vidsynt.core.people.control.People;
import no.vidsynt.core.people.entity.Person;
import no.vidsynt.core.people.entity.Role;
import no.vidsynt.core.scheduling.entity.SessionDetails;
import no.vidsynt.core.scheduling.entity.SessionStatus;
import no.vidsynt.core.scheduling.entity.TrainingSession;

/**
 * Authors tie training sessions to a course unit from the course editor: they link a coming session that belongs to no
 * unit yet, unlink one, or create a session for the unit with a trainer to run it. The course's authors (and
 * administrators) may do this for its units; for anyone else the unit does not exist.
 */
@ApplicationScoped
public class SessionUnitLinks {

    @PersistenceContext
    EntityManager em;

    @Inject
    People people;

    @Inject
    Bookings bookings;

    @Inject
    Sessions sessions;

    @Inject
    SchemaFacts facts;

    @Inject
    CourseAccess courseAccess;

    @Inject
    AuditLog audit;

    /** The sessions linked to the unit, the coming ones first in time order, then the past ones. */
    public List<TrainingSession> linked(long unitId) {
        return em.createQuery(
                        "SELECT s FROM TrainingSession s WHERE s.unitId = :unit ORDER BY s.startsAt, s.id",
                        TrainingSession.class)
                .setParameter("unit", unitId)
                .getResultList();
    }

    /** Scheduled sessions that have not started and belong to no unit: the ones an author may link. */
    public List<TrainingSession> linkable() {
        return em.createQuery(
                        "SELECT s FROM TrainingSession s WHERE s.unitId IS NULL AND s.status = :scheduled "
                                + "AND s.startsAt > :now ORDER BY s.startsAt, s.id",
                        TrainingSession.class)
                .setParameter("scheduled", SessionStatus.SCHEDULED)
                .setParameter("now", Instant.now())
                .getResultList();
    }

    /** People who can run a session. */
    public List<Person> trainers() {
        return people.activeWithRole(Role.TRAINER);
    }

    @Transactional
    public TrainingSession link(long sessionId, long unitId, Person author) {
        requireAuthor(unitId, author);
        TrainingSession session = bookings.lockedSession(sessionId);
        if (session.getUnitId() != null && session.getUnitId() != unitId) {
            throw new BookingRefused(BookingRefused.Reason.CONFLICT, "refused.linkedElsewhere");
        }
        session.change(withUnit(session.details(), unitId));
        audit.record("session.link", "training_session", sessionId, "unit " + unitId);
        return session;
    }

    @Transactional
    public TrainingSession unlink(long sessionId, long unitId, Person author) {
        requireAuthor(unitId, author);
        TrainingSession session = bookings.lockedSession(sessionId);
        if (session.getUnitId() == null || session.getUnitId() != unitId) {
            throw new BookingRefused(BookingRefused.Reason.NOT_FOUND, "refused.noSuchSession");
        }
        SessionDetails d = session.details();
        session.change(d.placedIn(d.programmeKey(), d.courseId(), null));
        audit.record("session.unlink", "training_session", sessionId, "unit " + unitId);
        return session;
    }

    /** A new session for the unit, run by the chosen trainer (who then manages it on the roster). */
    @Transactional
    public TrainingSession create(long unitId, SessionDetails details, long trainerId, Person author) {
        requireAuthor(unitId, author);
        Person trainer = em.find(Person.class, trainerId);
        if (trainer == null || !trainer.getRoles().contains(Role.TRAINER)) {
            throw new BookingRefused(BookingRefused.Reason.INVALID, "invalid.trainer");
        }
        TrainingSession session =
                sessions.create(withUnit(details, unitId), 1, author).get(0);
        session.addTrainer(trainerId);
        return session;
    }

    private SessionDetails withUnit(SessionDetails d, long unitId) {
        long courseId = facts.courseOfUnit(unitId)
                .orElseThrow(() -> new BookingRefused(BookingRefused.Reason.INVALID, "invalid.unit"));
        String programme = facts.programmeOfCourse(courseId).orElse(d.programmeKey());
        return d.placedIn(programme, courseId, unitId);
    }

    private void requireAuthor(long unitId, Person author) {
        try {
            courseAccess.courseOfUnit(Editor.of(author), unitId);
        } catch (CourseNotFound notYours) {
            throw new BookingRefused(BookingRefused.Reason.NOT_FOUND, "invalid.unit");
        }
    }
}
