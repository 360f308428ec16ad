package no.vidsynt.core.scheduling.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A training session people book a seat in: a teaching day, practice training, a workshop, a supervision group or a
 * leader gathering. Linked to a course unit, attending it completes that unit.
 *
 * <p>The session row is the lock of its seats: every booking change locks it first (SELECT ... FOR UPDATE), so seat
 * counting and waitlist positions are decided one at a time, on every server.
 */
@Entity
@Table(name = "training_session")
@NamedQuery(
        name = TrainingSession.UPCOMING,
        query = "SELECT s FROM TrainingSession s WHERE s.endsAt > :from "
                + "AND s.startsAt < :to AND s.status = no.vidsynt.core.scheduling.entity.SessionStatus.SCHEDULED "
                + "ORDER BY s.startsAt, s.id")
@NamedQuery(
        name = TrainingSession.OF_TRAINER,
        query = "SELECT s FROM TrainingSession s WHERE :trainer MEMBER OF "
                + "s.trainerIds AND s.endsAt > :from ORDER BY s.startsAt, s.id")
@NamedQuery(
        name = TrainingSession.FROM,
        query = "SELECT s FROM TrainingSession s WHERE s.endsAt > :from " + "ORDER BY s.startsAt, s.id")
public class TrainingSession {

    public static final String UPCOMING = "TrainingSession.upcoming";
    public static final String OF_TRAINER = "TrainingSession.ofTrainer";
    public static final String FROM = "TrainingSession.from";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 40)
    private String kind;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "programme_key", nullable = false, length = 40)
    private String programmeKey;

    @Column(name = "course_id")
    private Long courseId;

    @Column(name = "unit_id")
    private Long unitId;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(length = 300)
    private String place;

    @Column(name = "video_link", length = 500)
    private String videoLink;

    @Column(nullable = false)
    private int capacity;

    @Column(name = "booking_opens_at")
    private Instant bookingOpensAt;

    @Column(name = "booking_closes_at")
    private Instant bookingClosesAt;

    @Column(name = "cancellation_deadline")
    private Instant cancellationDeadline;

    /** How long a freed seat is held for the first on the waitlist; 0 promotes them at once. */
    @Column(name = "offer_minutes", nullable = false)
    private int offerMinutes;

    @Column(name = "series_id", length = 36)
    private String seriesId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SessionStatus status = SessionStatus.SCHEDULED;

    /** The iCalendar UID of this session's invitations: stable for its whole life, so updates replace the event. */
    @Column(name = "ical_uid", nullable = false, length = 120)
    private String icalUid;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "session_trainer", joinColumns = @JoinColumn(name = "session_id"))
    @Column(name = "person_id")
    private Set<Long> trainerIds = new HashSet<>();

    protected TrainingSession() {
        // for JPA
    }

    public TrainingSession(SessionDetails details, String createdBy, Instant now) {
        this.icalUid = "session-" + UUID.randomUUID() + "@vidsynt.no";
        this.createdBy = Objects.requireNonNull(createdBy);
        this.createdAt = now;
        change(details);
    }

    /** Takes over every editable value; callers validate {@link SessionDetails} first. */
    public final void change(SessionDetails details) {
        this.kind = details.kind();
        this.title = details.title();
        this.programmeKey = details.programmeKey();
        this.courseId = details.courseId();
        this.unitId = details.unitId();
        this.startsAt = details.startsAt();
        this.endsAt = details.endsAt();
        this.place = details.place();
        this.videoLink = details.videoLink();
        this.capacity = details.capacity();
        this.bookingOpensAt = details.bookingOpensAt();
        this.bookingClosesAt = details.bookingClosesAt();
        this.cancellationDeadline = details.cancellationDeadline();
        this.offerMinutes = details.offerMinutes();
    }

    public SessionDetails details() {
        return new SessionDetails(
                kind,
                title,
                programmeKey,
                courseId,
                unitId,
                startsAt,
                endsAt,
                place,
                videoLink,
                capacity,
                bookingOpensAt,
                bookingClosesAt,
                cancellationDeadline,
                offerMinutes);
    }

    public void partOfSeries(String seriesId) {
        this.seriesId = seriesId;
    }

    public void addTrainer(long personId) {
        trainerIds.add(personId);
    }

    public void cancel() {
        status = SessionStatus.CANCELLED;
    }

    /** Whether booking is open at this moment (also false once the session has started). */
    public boolean isBookingOpenAt(Instant moment) {
        return status == SessionStatus.SCHEDULED
                && (bookingOpensAt == null || !moment.isBefore(bookingOpensAt))
                && (bookingClosesAt == null || moment.isBefore(bookingClosesAt))
                && moment.isBefore(startsAt);
    }

    /** Cancelling after this counts as late: the seat is freed, but the cancellation is recorded as late. */
    public boolean isLateCancellationAt(Instant moment) {
        Instant deadline = cancellationDeadline != null ? cancellationDeadline : startsAt;
        return !moment.isBefore(deadline);
    }

    public boolean promotesAtOnce() {
        return offerMinutes <= 0;
    }

    public Duration offerTime() {
        return Duration.ofMinutes(offerMinutes);
    }

    public boolean isTrainer(long personId) {
        return trainerIds.contains(personId);
    }

    public Long getId() {
        return id;
    }

    public String getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public String getProgrammeKey() {
        return programmeKey;
    }

    public Long getCourseId() {
        return courseId;
    }

    public Long getUnitId() {
        return unitId;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public String getPlace() {
        return place;
    }

    public String getVideoLink() {
        return videoLink;
    }

    public int getCapacity() {
        return capacity;
    }

    public Instant getBookingOpensAt() {
        return bookingOpensAt;
    }

    public Instant getBookingClosesAt() {
        return bookingClosesAt;
    }

    public Instant getCancellationDeadline() {
        return cancellationDeadline;
    }

    public int getOfferMinutes() {
        return offerMinutes;
    }

    public String getSeriesId() {
        return seriesId;
    }

    public SessionStatus getStatus() {
        return status;
    }

    public String getIcalUid() {
        return icalUid;
    }

    public Set<Long> getTrainerIds() {
        return Collections.unmodifiableSet(trainerIds);
    }
}
