package no.vidsynt.core.scheduling.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import no.vidsynt.core.people.entity.Person;
import no.vidsynt.core.scheduling.entity.Attendance;
import no.vidsynt.core.scheduling.entity.Booking;
import no.vidsynt.core.scheduling.entity.BookingStatus;
import no.vidsynt.core.scheduling.entity.TrainingSession;

/**
 * Trainers mark who came. Marking a person as attended in a session linked to a course unit fires
 * {@link SessionAttended}, in the same transaction, and the progress feature completes the unit from it.
 */
@ApplicationScoped
public class Attendances {

    @PersistenceContext
    EntityManager em;

    @Inject
    Sessions sessions;

    @Inject
    Event<SessionAttended> attended;

    @Transactional
    public Booking mark(long sessionId, long bookingId, Attendance attendance, String note, Person trainer) {
        TrainingSession session = sessions.find(sessionId);
        sessions.requireManager(session, trainer);
        Booking booking = em.find(Booking.class, bookingId);
        if (booking == null || booking.getSessionId() != sessionId) {
            throw new BookingRefused(BookingRefused.Reason.NOT_FOUND, "refused.noSuchBooking");
        }
        if (booking.getStatus() != BookingStatus.BOOKED && booking.getStatus() != BookingStatus.LATE_CANCELLED) {
            throw new BookingRefused(BookingRefused.Reason.CONFLICT, "refused.notBooked");
        }
        if (note != null && note.length() > 2000) {
            throw new BookingRefused(BookingRefused.Reason.INVALID, "invalid.note");
        }
        boolean newlyAttended = attendance == Attendance.ATTENDED && booking.getAttendance() != Attendance.ATTENDED;
        if (attendance != null) {
            booking.mark(attendance);
        }
        booking.noteForTrainers(note == null || note.isBlank() ? null : note.strip());
        em.flush();
        if (newlyAttended) {
            attended.fire(new SessionAttended(booking.getPersonId(), sessionId, session.getUnitId(), Instant.now()));
        }
        return booking;
    }

    /**
     * Demo data: the person held a seat in a session that has taken place and was marked attended, with the same
     * consequence as a trainer's mark (the linked unit is completed). Start-up has no signed-in trainer to check.
     */
    @Transactional
    public Booking seedAttended(long sessionId, long personId) {
        TrainingSession session = sessions.find(sessionId);
        Instant bookedAt = session.getStartsAt().minus(java.time.Duration.ofDays(7));
        Booking booking = new Booking(sessionId, personId, bookedAt);
        booking.confirm(bookedAt);
        booking.mark(Attendance.ATTENDED);
        em.persist(booking);
        em.flush();
        attended.fire(new SessionAttended(personId, sessionId, session.getUnitId(), session.getEndsAt()));
        return booking;
    }
}
