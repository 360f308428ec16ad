package no.vidsynt.core.scheduling.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.vidsynt.core.scheduling.entity.Attendance;
import no.vidsynt.core.scheduling.entity.Booking;
import no.vidsynt.core.scheduling.entity.BookingStatus;
import no.vidsynt.core.scheduling.entity.TrainingSession;

/**
 * A person's place in the sessions of one course unit, as other features ask it (the journal opens the reflections
 * before and after from it, "Min læring" names the booked session as the next step): scheduling owns the tables.
 */
@ApplicationScoped
public class UnitSessions {

    @PersistenceContext
    EntityManager em;

    /**
     * The person's place in one session of the unit.
     *
     * @param status the booking's status (BOOKED, WAITLISTED, OFFERED)
     * @param attended whether a trainer marked the person attended
     */
    public record Place(
            long sessionId,
            String title,
            Instant startsAt,
            Instant endsAt,
            BookingStatus status,
            boolean attended,
            Set<Long> trainerIds) {

        /** Whether the person holds a seat (or came): the reflection before the session opens. */
        public boolean booked() {
            return attended || status == BookingStatus.BOOKED;
        }
    }

    /**
     * Where the person stands with the unit's sessions: the session they attended, if any; else their open booking in
     * a scheduled session that has not ended (a seat before a waitlist place or an offer).
     */
    public Optional<Place> place(long personId, long unitId) {
        List<Object[]> rows = em.createQuery(
                        "SELECT s, b FROM TrainingSession s, Booking b WHERE b.sessionId = s.id "
                                + "AND s.unitId = :unit AND b.personId = :person",
                        Object[].class)
                .setParameter("unit", unitId)
                .setParameter("person", personId)
                .getResultList();
        Instant now = Instant.now();
        Optional<Place> attended = rows.stream()
                .filter(row -> ((Booking) row[1]).getAttendance() == Attendance.ATTENDED)
                .map(UnitSessions::place)
                .max(Comparator.comparing(Place::startsAt));
        if (attended.isPresent()) {
            return attended;
        }
        return rows.stream()
                .filter(row -> ((Booking) row[1]).getStatus().isOpen()
                        && ((TrainingSession) row[0]).getStatus()
                                == no.vidsynt.core.scheduling.entity.SessionStatus.SCHEDULED
                        && ((TrainingSession) row[0]).getEndsAt().isAfter(now))
                .map(UnitSessions::place)
                .min(Comparator.comparing((Place place) -> place.status() == BookingStatus.BOOKED ? 0 : 1)
                        .thenComparing(Place::startsAt));
    }

    private static Place place(Object[] row) {
        TrainingSession session = (TrainingSession) row[0];
        Booking booking = (Booking) row[1];
        return new Place(
                session.getId(),
                session.getTitle(),
                session.getStartsAt(),
                session.getEndsAt(),
                booking.getStatus(),
                booking.getAttendance() == Attendance.ATTENDED,
                Set.copyOf(session.getTrainerIds()));
    }
}
