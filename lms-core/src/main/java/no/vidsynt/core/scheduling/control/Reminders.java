package no.vidsynt.core.scheduling.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import no.vidsynt.core.scheduling.entity.Booking;
import no.vidsynt.core.scheduling.entity.BookingStatus;
import no.vidsynt.core.scheduling.entity.TrainingSession;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reminders a configurable time before a session ({@code vidsynt.reminders}, default 24 hours and 1 hour). Each is
 * sent exactly once, also with several servers: a server claims a reminder by a conditional UPDATE of the booking's
 * "reminded" mark and queues the mail in the same transaction, so only the server whose UPDATE changed the row
 * sends it.
 */
@ApplicationScoped
public class Reminders {

    @PersistenceContext
    EntityManager em;

    @Inject
    SessionMails mails;

    @Inject
    @ConfigProperty(name = "vidsynt.reminders", defaultValue = "PT24H,PT1H")
    String offsets;

    /** The reminder offsets, largest first. */
    public List<Duration> offsets() {
        return parse(offsets);
    }

    static List<Duration> parse(String setting) {
        return Arrays.stream(setting.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .map(Duration::parse)
                .filter(d -> !d.isNegative() && !d.isZero())
                .sorted(Comparator.reverseOrder())
                .distinct()
                .toList();
    }

    /**
     * The reminder due now for a session starting at {@code start}, given the smallest offset already sent: the
     * smallest offset whose time has come and that was not sent yet. When several are due at once (a late booking),
     * only the nearest is sent.
     */
    static Optional<Duration> due(List<Duration> offsets, Instant start, Long remindedSeconds, Instant now) {
        if (!now.isBefore(start)) {
            return Optional.empty();
        }
        return offsets.stream()
                .filter(offset -> !now.isBefore(start.minus(offset)))
                .filter(offset -> remindedSeconds == null || offset.getSeconds() < remindedSeconds)
                .min(Comparator.naturalOrder());
    }

    /** Bookings that may be due for a reminder now: booked, in a scheduled session starting soon. */
    @Transactional
    public List<Long[]> candidates(Instant now) {
        List<Duration> all = offsets();
        if (all.isEmpty()) {
            return List.of();
        }
        return em
                .createQuery(
                        "SELECT b.id, s.id FROM Booking b, TrainingSession s WHERE s.id = b.sessionId "
                                + "AND b.status = :booked AND s.status = no.vidsynt.core.scheduling.entity.SessionStatus.SCHEDULED "
                                + "AND s.startsAt > :now AND s.startsAt <= :horizon",
                        Object[].class)
                .setParameter("booked", BookingStatus.BOOKED)
                .setParameter("now", now)
                .setParameter("horizon", now.plus(all.get(0)))
                .getResultList()
                .stream()
                .map(row -> new Long[] {(Long) row[0], (Long) row[1]})
                .toList();
    }

    /** Sends the reminder due for this booking, if any and if no server sent it yet. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean remindOnce(long bookingId, Instant now) {
        Booking booking = em.find(Booking.class, bookingId);
        TrainingSession session = em.find(TrainingSession.class, booking.getSessionId());
        Optional<Duration> due = due(offsets(), session.getStartsAt(), booking.getRemindedOffsetSeconds(), now);
        if (due.isEmpty()) {
            return false;
        }
        long seconds = due.get().getSeconds();
        int claimed = em.createQuery("UPDATE Booking b SET b.remindedOffsetSeconds = :offset WHERE b.id = :id "
                        + "AND (b.remindedOffsetSeconds IS NULL OR b.remindedOffsetSeconds > :offset)")
                .setParameter("offset", seconds)
                .setParameter("id", bookingId)
                .executeUpdate();
        if (claimed == 0) {
            return false;
        }
        mails.reminder(session, booking);
        return true;
    }
}
