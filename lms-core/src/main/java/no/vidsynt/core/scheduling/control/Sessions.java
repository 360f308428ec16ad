package no.vidsynt.core.scheduling.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import no.vidsynt.core.audit.control.AuditLog;
import no.vidsynt.core.people.entity.Person;
import no.vidsynt.core.people.entity.Role;
import no.vidsynt.core.programme.control.CourseModules;
import no.vidsynt.core.scheduling.entity.Booking;
import no.vidsynt.core.scheduling.entity.BookingStatus;
import no.vidsynt.core.scheduling.entity.SessionDetails;
import no.vidsynt.core.scheduling.entity.SessionStatus;
import no.vidsynt.core.scheduling.entity.TrainingSession;

/**
 * Trainers and administrators create, move and cancel sessions; everyone with a seat hears of it. Only a session's
 * own trainers (or an administrator) may change it.
 */
@ApplicationScoped
public class Sessions {

    @PersistenceContext
    EntityManager em;

    @Inject
    Bookings bookings;

    @Inject
    SessionMails mails;

    @Inject
    SchemaFacts facts;

    @Inject
    KnownSessionKinds kinds;

    @Inject
    AuditLog audit;

    @Inject
    CourseModules modules;

    /** Creates the session, or a weekly series of {@code weeks} sessions (1 = a single one). */
    @Transactional
    public List<TrainingSession> create(SessionDetails details, int weeks, Person creator) {
        SessionDetails checked = checked(details);
        if (weeks < 1 || weeks > SessionRules.MAX_WEEKS) {
            throw new BookingRefused(BookingRefused.Reason.INVALID, "invalid.weeks");
        }
        String series = weeks > 1 ? UUID.randomUUID().toString() : null;
        List<TrainingSession> created = new ArrayList<>();
        for (int week = 0; week < weeks; week++) {
            TrainingSession session =
                    new TrainingSession(SessionRules.weeksLater(checked, week), creator.getUsername(), Instant.now());
            session.partOfSeries(series);
            if (creator.getRoles().contains(Role.TRAINER)) {
                session.addTrainer(creator.getId());
            }
            em.persist(session);
            created.add(session);
        }
        em.flush();
        audit(creator, "session.create", created.get(0).getId(), created.size() + " session(s): " + checked.title());
        return created;
    }

    /**
     * Seeds sessions with a trainer, for demo data: checked like a trainer's, but not written to the audit log (which
     * asks who is signed in, and nobody is while the demo is seeded at start-up).
     */
    @Transactional
    public List<TrainingSession> seed(SessionDetails details, int weeks, Person trainer) {
        SessionDetails checked = checked(details);
        String series = weeks > 1 ? UUID.randomUUID().toString() : null;
        List<TrainingSession> created = new ArrayList<>();
        for (int week = 0; week < weeks; week++) {
            TrainingSession session =
                    new TrainingSession(SessionRules.weeksLater(checked, week), trainer.getUsername(), Instant.now());
            session.partOfSeries(series);
            session.addTrainer(trainer.getId());
            em.persist(session);
            created.add(session);
        }
        em.flush();
        return created;
    }

    /** Changes or moves a session; everyone holding a seat gets an updated invitation. */
    @Transactional
    public TrainingSession change(long sessionId, SessionDetails details, Person actor) {
        TrainingSession session = bookings.lockedSession(sessionId);
        requireManager(session, actor);
        if (session.getStatus() == SessionStatus.CANCELLED) {
            throw new BookingRefused(BookingRefused.Reason.CONFLICT, "refused.sessionCancelled");
        }
        SessionDetails d = details;
        if (d.programmeKey() == null || d.programmeKey().isBlank()) {
            // A change that names no programme keeps the session's.
            d = d.placedIn(session.getProgrammeKey(), d.courseId(), d.unitId());
        }
        session.change(checked(d));
        em.flush();
        for (Booking booking : bookingsOf(sessionId)) {
            if (booking.getStatus() == BookingStatus.BOOKED) {
                mails.changed(session, booking);
            }
        }
        bookings.fillFreeSeats(session, Instant.now());
        audit(actor, "session.change", sessionId, details.title());
        return session;
    }

    /** Cancels the whole session; everyone booked, offered or waiting is told. */
    @Transactional
    public TrainingSession cancel(long sessionId, Person actor) {
        TrainingSession session = bookings.lockedSession(sessionId);
        requireManager(session, actor);
        if (session.getStatus() == SessionStatus.CANCELLED) {
            return session;
        }
        session.cancel();
        for (Booking booking : bookingsOf(sessionId)) {
            if (booking.getStatus().isOpen()) {
                mails.sessionCancelled(session, booking);
            }
        }
        audit(actor, "session.cancel", sessionId, session.getTitle());
        return session;
    }

    /** Adds a trainer (by person id) to the session. */
    @Transactional
    public void addTrainer(long sessionId, long personId, Person actor) {
        TrainingSession session = bookings.lockedSession(sessionId);
        requireManager(session, actor);
        Person trainer = em.find(Person.class, personId);
        if (trainer == null || !trainer.getRoles().contains(Role.TRAINER)) {
            throw new BookingRefused(BookingRefused.Reason.INVALID, "invalid.trainer");
        }
        session.addTrainer(personId);
    }

    /** Sends the trainer's message to everyone booked in the session. Returns how many got it. */
    @Transactional
    public int messageAttendees(long sessionId, String subject, String text, Person actor) {
        TrainingSession session = find(sessionId);
        requireManager(session, actor);
        if (subject == null
                || subject.isBlank()
                || text == null
                || text.isBlank()
                || subject.length() > 200
                || text.length() > 5000) {
            throw new BookingRefused(BookingRefused.Reason.INVALID, "invalid.message");
        }
        if (no.vidsynt.core.platform.input.SingleLine.hasBreak(subject)) {
            throw new InvalidSession(List.of(new SessionRules.Problem("subject", "invalid.lineBreak")));
        }
        int sent = 0;
        for (Booking booking : bookingsOf(sessionId)) {
            if (booking.getStatus() == BookingStatus.BOOKED) {
                mails.message(session, booking, subject.strip(), text.strip());
                sent++;
            }
        }
        audit(actor, "session.message", sessionId, sent + " recipient(s)");
        return sent;
    }

    public TrainingSession find(long sessionId) {
        TrainingSession session = em.find(TrainingSession.class, sessionId);
        if (session == null) {
            throw new BookingRefused(BookingRefused.Reason.NOT_FOUND, "refused.noSuchSession");
        }
        return session;
    }

    /** Trainers of the session and administrators manage it; anyone else is told it does not exist. */
    public void requireManager(TrainingSession session, Person person) {
        if (!mayManage(session, person)) {
            throw new BookingRefused(BookingRefused.Reason.NOT_FOUND, "refused.noSuchSession");
        }
    }

    public boolean mayManage(TrainingSession session, Person person) {
        return person.getRoles().contains(Role.ADMIN)
                || person.getRoles().contains(Role.TRAINER) && session.isTrainer(person.getId());
    }

    List<Booking> bookingsOf(long sessionId) {
        return em.createNamedQuery(Booking.OF_SESSION, Booking.class)
                .setParameter("session", sessionId)
                .getResultList();
    }

    /** Validates and completes the details: a unit implies its course, a course its programme. */
    private SessionDetails checked(SessionDetails details) {
        Long courseId = details.courseId();
        if (details.unitId() != null) {
            Long unitCourse = facts.courseOfUnit(details.unitId())
                    .orElseThrow(() -> new BookingRefused(BookingRefused.Reason.INVALID, "invalid.unit"));
            if (courseId != null && !courseId.equals(unitCourse)) {
                throw new BookingRefused(BookingRefused.Reason.INVALID, "invalid.unit");
            }
            courseId = unitCourse;
        }
        String programme = details.programmeKey();
        if (courseId != null) {
            programme = facts.programmeOfCourse(courseId)
                    .orElseThrow(() -> new BookingRefused(BookingRefused.Reason.INVALID, "invalid.course"));
        }
        if (programme == null
                || programme.isBlank()
                || modules.byKey(programme.strip()).isEmpty()) {
            // A session belongs to a programme: its course's, or the one the caller names. No default.
            throw new InvalidSession(List.of(new SessionRules.Problem("programme", "invalid.programme")));
        }
        programme = programme.strip();
        SessionDetails completed = new SessionDetails(
                details.kind(),
                details.title() == null ? null : details.title().strip(),
                programme,
                courseId,
                details.unitId(),
                details.startsAt(),
                details.endsAt(),
                blankToNull(details.place()),
                blankToNull(details.videoLink()),
                details.capacity(),
                details.bookingOpensAt(),
                details.bookingClosesAt(),
                details.cancellationDeadline(),
                details.offerMinutes());
        List<SessionRules.Problem> problems = SessionRules.problems(completed, kinds.isKnown(completed.kind()));
        if (!problems.isEmpty()) {
            throw new InvalidSession(problems);
        }
        return completed;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private void audit(Person actor, String action, long sessionId, String details) {
        audit.record(action, "training_session", sessionId, details);
    }

    /** The details break one or more of {@link SessionRules}. */
    public static class InvalidSession extends BookingRefused {
        private final transient List<SessionRules.Problem> problems;

        public InvalidSession(List<SessionRules.Problem> problems) {
            super(Reason.INVALID, problems.get(0).key());
            this.problems = List.copyOf(problems);
        }

        public List<SessionRules.Problem> problems() {
            return problems;
        }

        @Override
        public List<FieldReason> fieldReasons(java.util.Locale locale) {
            return problems.stream()
                    .map(problem -> new FieldReason(problem.field(), SchedulingTexts.get(locale, problem.key())))
                    .toList();
        }
    }
}
