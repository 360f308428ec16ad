package no.vidsynt.core.scheduling.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import no.vidsynt.core.scheduling.entity.Booking;
import no.vidsynt.core.scheduling.entity.BookingStatus;
import no.vidsynt.core.scheduling.entity.TrainingSession;
import no.vidsynt.core.spi.BookingRules;

/**
 * Booking, cancelling and the waitlist. Every change locks the session row first (SELECT ... FOR UPDATE), then
 * counts the seats taken and writes the booking, all in one transaction: so seats are never overbooked and waitlist
 * positions never repeat, whichever server a request reaches. Callers go through {@link Retrying} so that a
 * deadlock or lock timeout is retried.
 */
@ApplicationScoped
public class Bookings {

    @PersistenceContext
    EntityManager em;

    @Inject
    SchemaFacts facts;

    @Inject
    SessionBookingRules rules;

    @Inject
    SessionMails mails;

    @Inject
    @Any
    Instance<UnitGate> unitGates;

    /** Books a seat, or a place on the waitlist when the session is full. */
    @Transactional
    public Booking book(long sessionId, long personId) {
        TrainingSession session = lockedSession(sessionId);
        Instant now = Instant.now(); // taken under the lock, so waitlist times follow waitlist positions
        if (!session.isBookingOpenAt(now)) {
            throw new BookingRefused(BookingRefused.Reason.CONFLICT, "refused.closed");
        }
        checkEligible(session, personId);
        Booking booking = bookingOf(sessionId, personId).orElse(null);
        if (booking != null && booking.getStatus().isOpen()) {
            throw new BookingRefused(BookingRefused.Reason.CONFLICT, "refused.alreadyBooked");
        }
        if (booking == null) {
            booking = new Booking(sessionId, personId, now);
            em.persist(booking);
        }
        boolean seatFree = seatsTaken(sessionId) < session.getCapacity()
                && firstWaiting(sessionId).isEmpty();
        if (seatFree) {
            booking.confirm(now);
            em.flush();
            mails.booked(session, booking);
        } else {
            booking.waitlist(lastWaitlistPosition(sessionId) + 1, now);
            em.flush();
            mails.waitlisted(session, booking, waitingCount(sessionId));
        }
        return booking;
    }

    /**
     * Gives up the caller's seat, waitlist place or offer. Before the cancellation deadline it is an ordinary
     * cancellation; after it, recorded as late. A freed seat goes to the first on the waitlist.
     */
    @Transactional
    public Booking cancel(long sessionId, long personId) {
        Instant now = Instant.now();
        TrainingSession session = lockedSession(sessionId);
        Booking booking = bookingOf(sessionId, personId)
                .filter(b -> b.getStatus().isOpen())
                .orElseThrow(() -> new BookingRefused(BookingRefused.Reason.CONFLICT, "refused.nothingToCancel"));
        if (!now.isBefore(session.getStartsAt())) {
            throw new BookingRefused(BookingRefused.Reason.CONFLICT, "refused.started");
        }
        boolean heldSeat = booking.getStatus().holdsSeat();
        boolean invited = booking.getStatus() == BookingStatus.BOOKED;
        booking.cancel(heldSeat && session.isLateCancellationAt(now), now);
        em.flush();
        if (invited) {
            mails.bookingCancelled(session, booking);
        }
        if (heldSeat) {
            fillFreeSeats(session, now);
        }
        return booking;
    }

    /** Takes the seat offered to the caller, if the offer still stands. */
    @Transactional
    public Booking acceptOffer(long sessionId, long personId) {
        Instant now = Instant.now();
        TrainingSession session = lockedSession(sessionId);
        Booking booking = bookingOf(sessionId, personId)
                .filter(b -> b.getStatus() == BookingStatus.OFFERED && now.isBefore(b.getOfferExpiresAt()))
                .orElseThrow(() -> new BookingRefused(BookingRefused.Reason.CONFLICT, "refused.noOffer"));
        booking.confirm(now);
        em.flush();
        mails.booked(session, booking);
        return booking;
    }

    /**
     * Passes offers nobody answered in time on to the next in line. Returns how many expired. Each one is handled in
     * a transaction of its own; this one only reads (a background thread has no persistence context without one).
     */
    @Transactional
    public int expireOffers() {
        List<Object[]> expired = em.createQuery(
                        "SELECT b.sessionId, b.id FROM Booking b WHERE b.status = "
                                + ":offered AND b.offerExpiresAt <= :now",
                        Object[].class)
                .setParameter("offered", BookingStatus.OFFERED)
                .setParameter("now", Instant.now())
                .getResultList();
        int count = 0;
        for (Object[] row : expired) {
            if (self().expireOffer((Long) row[0], (Long) row[1])) {
                count++;
            }
        }
        return count;
    }

    /** One expired offer, in its own transaction under the session lock; false if it was answered meanwhile. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean expireOffer(long sessionId, long bookingId) {
        Instant now = Instant.now();
        TrainingSession session = lockedSession(sessionId);
        Booking booking = em.find(Booking.class, bookingId);
        if (booking.getStatus() != BookingStatus.OFFERED || now.isBefore(booking.getOfferExpiresAt())) {
            return false;
        }
        booking.expireOffer();
        em.flush();
        mails.offerExpired(session, booking);
        fillFreeSeats(session, now);
        return true;
    }

    /**
     * Gives free seats to the waitlist in order: at once (booked) or as an offer that expires, as the session says.
     * Called under the session lock after a seat is freed or the capacity raised.
     */
    void fillFreeSeats(TrainingSession session, Instant now) {
        long taken = seatsTaken(session.getId());
        while (taken < session.getCapacity()) {
            Optional<Booking> next = firstWaiting(session.getId());
            if (next.isEmpty()) {
                return;
            }
            Booking booking = next.get();
            if (session.promotesAtOnce()) {
                booking.confirm(now);
                em.flush();
                mails.promoted(session, booking);
            } else {
                booking.offer(now.plus(session.offerTime()));
                em.flush();
                mails.offered(session, booking);
            }
            taken++;
        }
    }

    /** The session, locked for this transaction (SELECT ... FOR UPDATE). */
    TrainingSession lockedSession(long sessionId) {
        TrainingSession session = em.find(TrainingSession.class, sessionId, LockModeType.PESSIMISTIC_WRITE);
        if (session == null) {
            throw new BookingRefused(BookingRefused.Reason.NOT_FOUND, "refused.noSuchSession");
        }
        return session;
    }

    private void checkEligible(TrainingSession session, long personId) {
        if (session.getCourseId() != null && !facts.enrolled(personId, session.getCourseId())) {
            throw new BookingRefused(BookingRefused.Reason.NOT_ALLOWED, "refused.notEnrolled");
        }
        if (session.getUnitId() != null) {
            for (UnitGate gate : unitGates) {
                Optional<BookingRefused.Localised> closed = gate.closed(personId, session.getUnitId());
                if (closed.isPresent()) {
                    throw new BookingRefused(BookingRefused.Reason.CONFLICT, "refused.unitNotAvailable", closed.get());
                }
            }
        }
        var request = new BookingRules.Request(
                personId,
                session.getId(),
                session.getKind(),
                session.getProgrammeKey(),
                session.getCourseId(),
                session.getUnitId(),
                facts);
        for (BookingRules rule : rules.forProgramme(session.getProgrammeKey())) {
            Optional<BookingRules.Refusal> refusal = rule.check(request);
            if (refusal.isPresent()) {
                throw new BookingRefused(BookingRefused.Reason.NOT_ALLOWED, refusal.get());
            }
        }
    }

    Optional<Booking> bookingOf(long sessionId, long personId) {
        return em.createNamedQuery(Booking.OF_SESSION_AND_PERSON, Booking.class)
                .setParameter("session", sessionId)
                .setParameter("person", personId)
                .getResultStream()
                .findFirst();
    }

    long seatsTaken(long sessionId) {
        return em.createNamedQuery(Booking.COUNT_SEATS_TAKEN, Long.class)
                .setParameter("session", sessionId)
                .getSingleResult();
    }

    /** How many wait in line: the place of whoever just joined at its end. */
    private long waitingCount(long sessionId) {
        return em.createQuery(
                        "SELECT COUNT(b) FROM Booking b WHERE b.sessionId = :session AND b.status = :waiting",
                        Long.class)
                .setParameter("session", sessionId)
                .setParameter("waiting", BookingStatus.WAITLISTED)
                .getSingleResult();
    }

    private long lastWaitlistPosition(long sessionId) {
        Long last = em.createNamedQuery(Booking.LAST_WAITLIST_POSITION, Long.class)
                .setParameter("session", sessionId)
                .getSingleResult();
        return last == null ? 0 : last;
    }

    private Optional<Booking> firstWaiting(long sessionId) {
        return em.createNamedQuery(Booking.FIRST_WAITING, Booking.class)
                .setParameter("session", sessionId)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    private Bookings self() {
        return jakarta.enterprise
                .inject
                .spi
                .CDI
                .current()
                .select(Bookings.class)
                .get();
    }
}
