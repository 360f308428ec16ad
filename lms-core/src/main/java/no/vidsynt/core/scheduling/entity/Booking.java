package no.vidsynt.core.scheduling.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * One person's place in one session: booked, waiting in line, offered a freed seat, or cancelled. The table's unique
 * key (session, person) means a person can never hold two places in a session; booking again reopens the row.
 */
@Entity
@Table(name = "session_booking")
@NamedQuery(
        name = Booking.OF_SESSION_AND_PERSON,
        query = "SELECT b FROM Booking b WHERE b.sessionId = :session AND b.personId = :person")
@NamedQuery(
        name = Booking.COUNT_SEATS_TAKEN,
        query = "SELECT COUNT(b) FROM Booking b WHERE b.sessionId = :session "
                + "AND b.status IN (no.vidsynt.core.scheduling.entity.BookingStatus.BOOKED, "
                + "no.vidsynt.core.scheduling.entity.BookingStatus.OFFERED)")
@NamedQuery(
        name = Booking.LAST_WAITLIST_POSITION,
        query = "SELECT MAX(b.waitlistPosition) FROM Booking b WHERE b.sessionId = :session")
@NamedQuery(
        name = Booking.FIRST_WAITING,
        query = "SELECT b FROM Booking b WHERE b.sessionId = :session AND "
                + "b.status = no.vidsynt.core.scheduling.entity.BookingStatus.WAITLISTED ORDER BY b.waitlistPosition")
@NamedQuery(
        name = Booking.OF_SESSION,
        query = "SELECT b FROM Booking b WHERE b.sessionId = :session "
                + "ORDER BY b.status, b.waitlistPosition, b.requestedAt, b.id")
@NamedQuery(name = Booking.OF_PERSON, query = "SELECT b FROM Booking b WHERE b.personId = :person")
@NamedQuery(
        name = Booking.EXPIRED_OFFERS,
        query = "SELECT b FROM Booking b WHERE b.status = "
                + "no.vidsynt.core.scheduling.entity.BookingStatus.OFFERED AND b.offerExpiresAt <= :now")
public class Booking {

    public static final String OF_SESSION_AND_PERSON = "Booking.ofSessionAndPerson";
    public static final String COUNT_SEATS_TAKEN = "Booking.countSeatsTaken";
    public static final String LAST_WAITLIST_POSITION = "Booking.lastWaitlistPosition";
    public static final String FIRST_WAITING = "Booking.firstWaiting";
    public static final String OF_SESSION = "Booking.ofSession";
    public static final String OF_PERSON = "Booking.ofPerson";
    public static final String EXPIRED_OFFERS = "Booking.expiredOffers";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "session_id", nullable = false)
    private long sessionId;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private BookingStatus status;

    @Column(name = "waitlist_position")
    private Long waitlistPosition;

    @Column(name = "offer_expires_at")
    private Instant offerExpiresAt;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Attendance attendance;

    /** Seen by the session's trainers only, never by the person. */
    @Column(name = "trainer_note", length = 2000)
    private String trainerNote;

    /** The smallest reminder offset (seconds before start) already sent, so each reminder goes out once. */
    @Column(name = "reminded_offset_s")
    private Long remindedOffsetSeconds;

    /** The iCalendar SEQUENCE of the last invitation this person got; grows with every change they are told of. */
    @Column(name = "ical_sequence", nullable = false)
    private int icalSequence;

    @Version
    private long version;

    protected Booking() {
        // for JPA
    }

    public Booking(long sessionId, long personId, Instant now) {
        this.sessionId = sessionId;
        this.personId = personId;
        this.requestedAt = now;
        this.status = BookingStatus.CANCELLED;
    }

    public void confirm(Instant now) {
        status = BookingStatus.BOOKED;
        confirmedAt = now;
        offerExpiresAt = null;
        cancelledAt = null;
    }

    public void waitlist(long position, Instant now) {
        status = BookingStatus.WAITLISTED;
        waitlistPosition = position;
        requestedAt = now;
        cancelledAt = null;
        confirmedAt = null;
    }

    public void offer(Instant expiresAt) {
        status = BookingStatus.OFFERED;
        offerExpiresAt = expiresAt;
    }

    public void expireOffer() {
        status = BookingStatus.OFFER_EXPIRED;
        offerExpiresAt = null;
    }

    public void cancel(boolean late, Instant now) {
        status = late ? BookingStatus.LATE_CANCELLED : BookingStatus.CANCELLED;
        cancelledAt = now;
        offerExpiresAt = null;
    }

    public void mark(Attendance attendance) {
        this.attendance = attendance;
    }

    public void noteForTrainers(String note) {
        this.trainerNote = note;
    }

    /** Records that the reminder for this offset went out. */
    public void reminded(long offsetSeconds) {
        remindedOffsetSeconds = offsetSeconds;
    }

    /** The SEQUENCE for the next invitation or cancellation this person gets. */
    public int nextIcalSequence() {
        return ++icalSequence;
    }

    public Long getId() {
        return id;
    }

    public long getSessionId() {
        return sessionId;
    }

    public long getPersonId() {
        return personId;
    }

    public BookingStatus getStatus() {
        return status;
    }

    public Long getWaitlistPosition() {
        return waitlistPosition;
    }

    public Instant getOfferExpiresAt() {
        return offerExpiresAt;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public Instant getConfirmedAt() {
        return confirmedAt;
    }

    public Instant getCancelledAt() {
        return cancelledAt;
    }

    public Attendance getAttendance() {
        return attendance;
    }

    public String getTrainerNote() {
        return trainerNote;
    }

    public Long getRemindedOffsetSeconds() {
        return remindedOffsetSeconds;
    }

    public int getIcalSequence() {
        return icalSequence;
    }
}
