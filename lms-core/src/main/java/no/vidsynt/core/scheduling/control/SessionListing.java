package no.vidsynt.core.scheduling.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.vidsynt.core.people.entity.Person;
import no.vidsynt.core.scheduling.entity.Booking;
import no.vidsynt.core.scheduling.entity.BookingStatus;
import no.vidsynt.core.scheduling.entity.TrainingSession;

/** Reads sessions for pages and the API, with seat counts and the caller's own booking. */
@ApplicationScoped
public class SessionListing {

    @PersistenceContext
    EntityManager em;

    @Inject
    KnownSessionKinds kinds;

    @Inject
    SchemaFacts facts;

    @Inject
    Sessions sessions;

    /** Scheduled sessions between two instants, of one programme or all (programme null). */
    public List<SessionSummary> upcoming(String programme, Instant from, Instant to, Person viewer, Locale locale) {
        List<TrainingSession> found = em
                .createNamedQuery(TrainingSession.UPCOMING, TrainingSession.class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList()
                .stream()
                .filter(s -> programme == null || programme.isBlank() || programme.equals(s.getProgrammeKey()))
                .toList();
        return summaries(found, viewer, locale);
    }

    /** The sessions linked to a course unit that have not ended, cancelled ones included so a booked person sees it. */
    public List<SessionSummary> ofUnit(long unitId, Person viewer, Locale locale) {
        List<TrainingSession> found = em.createQuery(
                        "SELECT s FROM TrainingSession s WHERE s.unitId = :unit "
                                + "AND s.endsAt > :now ORDER BY s.startsAt, s.id",
                        TrainingSession.class)
                .setParameter("unit", unitId)
                .setParameter("now", Instant.now())
                .getResultList();
        return summaries(found, viewer, locale);
    }

    /** Sessions the person holds or held a place in that have not ended (and cancelled ones, so they see it). */
    public List<SessionSummary> mine(Person person, Locale locale) {
        List<TrainingSession> found = em.createQuery(
                        "SELECT s FROM TrainingSession s, Booking b WHERE b.sessionId = s.id "
                                + "AND b.personId = :person AND s.endsAt > :now AND b.status IN :statuses "
                                + "ORDER BY s.startsAt, s.id",
                        TrainingSession.class)
                .setParameter("person", person.getId())
                .setParameter("now", Instant.now())
                .setParameter(
                        "statuses", List.of(BookingStatus.BOOKED, BookingStatus.WAITLISTED, BookingStatus.OFFERED))
                .getResultList();
        return summaries(found, person, locale);
    }

    /** The trainer's sessions not ended yet (an administrator sees all). */
    public List<SessionSummary> teaching(Person trainer, boolean all, Locale locale) {
        Instant since = Instant.now().minus(java.time.Duration.ofDays(14));
        List<TrainingSession> found = all
                ? em.createNamedQuery(TrainingSession.FROM, TrainingSession.class)
                        .setParameter("from", since)
                        .getResultList()
                : em.createNamedQuery(TrainingSession.OF_TRAINER, TrainingSession.class)
                        .setParameter("trainer", trainer.getId())
                        .setParameter("from", since)
                        .getResultList();
        return summaries(found, null, locale);
    }

    public SessionSummary one(TrainingSession session, Person viewer, Locale locale) {
        return summaries(List.of(session), viewer, locale).get(0);
    }

    public List<RosterEntry> roster(long sessionId) {
        List<Booking> all = sessions.bookingsOf(sessionId);
        Map<Long, Long> places = waitlistPlaces(all);
        List<RosterEntry> entries = new ArrayList<>();
        for (Booking booking : all) {
            Person person = em.find(Person.class, booking.getPersonId());
            entries.add(new RosterEntry(
                    booking.getId(),
                    person.getId(),
                    person.getDisplayName(),
                    person.getEmail(),
                    booking.getStatus().name(),
                    places.get(booking.getId()),
                    oslo(booking.getOfferExpiresAt()),
                    booking.getAttendance() == null
                            ? null
                            : booking.getAttendance().name(),
                    booking.getTrainerNote()));
        }
        entries.sort(java.util.Comparator.comparing((RosterEntry e) -> rank(e.status()))
                .thenComparing(e -> e.waitlistPlace() == null ? 0 : e.waitlistPlace())
                .thenComparing(RosterEntry::name));
        return entries;
    }

    private static int rank(String status) {
        return switch (status) {
            case "BOOKED" -> 0;
            case "OFFERED" -> 1;
            case "WAITLISTED" -> 2;
            case "LATE_CANCELLED" -> 3;
            default -> 4;
        };
    }

    private List<SessionSummary> summaries(List<TrainingSession> found, Person viewer, Locale locale) {
        if (found.isEmpty()) {
            return List.of();
        }
        List<Long> ids = found.stream().map(TrainingSession::getId).toList();
        Map<Long, long[]> counts = new HashMap<>();
        em.createQuery(
                        "SELECT b.sessionId, b.status, COUNT(b) FROM Booking b WHERE b.sessionId IN :ids "
                                + "GROUP BY b.sessionId, b.status",
                        Object[].class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(row -> {
                    long[] c = counts.computeIfAbsent((Long) row[0], id -> new long[2]);
                    BookingStatus status = (BookingStatus) row[1];
                    if (status.holdsSeat()) {
                        c[0] += (Long) row[2];
                    } else if (status == BookingStatus.WAITLISTED) {
                        c[1] += (Long) row[2];
                    }
                });
        Map<Long, Booking> mine = new HashMap<>();
        if (viewer != null) {
            em.createQuery("SELECT b FROM Booking b WHERE b.personId = :person AND b.sessionId IN :ids", Booking.class)
                    .setParameter("person", viewer.getId())
                    .setParameter("ids", ids)
                    .getResultList()
                    .forEach(b -> mine.put(b.getSessionId(), b));
        }
        Instant now = Instant.now();
        List<SessionSummary> result = new ArrayList<>();
        for (TrainingSession s : found) {
            long[] c = counts.getOrDefault(s.getId(), new long[2]);
            Booking my = mine.get(s.getId());
            Long place = my != null && my.getStatus() == BookingStatus.WAITLISTED ? waitlistPlace(my) : null;
            List<String> trainers = s.getTrainerIds().stream()
                    .map(id -> em.find(Person.class, id))
                    .filter(java.util.Objects::nonNull)
                    .map(Person::getDisplayName)
                    .sorted()
                    .toList();
            result.add(new SessionSummary(
                    s.getId(),
                    s.getKind(),
                    kinds.label(s.getKind(), locale),
                    s.getTitle(),
                    s.getProgrammeKey(),
                    s.getCourseId(),
                    s.getUnitId(),
                    s.getUnitId() == null
                            ? null
                            : facts.unitTitle(s.getUnitId()).orElse(null),
                    oslo(s.getStartsAt()),
                    oslo(s.getEndsAt()),
                    s.getPlace(),
                    shownLink(s.getVideoLink()),
                    s.getCapacity(),
                    c[0],
                    c[1],
                    s.isBookingOpenAt(now),
                    oslo(s.getBookingOpensAt()),
                    oslo(s.getBookingClosesAt()),
                    oslo(s.getCancellationDeadline()),
                    s.getOfferMinutes(),
                    s.getStatus().name(),
                    trainers,
                    my == null ? null : my.getStatus().name(),
                    place,
                    my == null ? null : oslo(my.getOfferExpiresAt())));
        }
        return result;
    }

    private long waitlistPlace(Booking booking) {
        return em.createQuery(
                        "SELECT COUNT(b) FROM Booking b WHERE b.sessionId = :session AND b.status = :waiting "
                                + "AND b.waitlistPosition <= :position",
                        Long.class)
                .setParameter("session", booking.getSessionId())
                .setParameter("waiting", BookingStatus.WAITLISTED)
                .setParameter("position", booking.getWaitlistPosition())
                .getSingleResult();
    }

    private static Map<Long, Long> waitlistPlaces(List<Booking> bookings) {
        Map<Long, Long> places = new HashMap<>();
        long place = 0;
        List<Booking> waiting = bookings.stream()
                .filter(b -> b.getStatus() == BookingStatus.WAITLISTED)
                .sorted(java.util.Comparator.comparing(Booking::getWaitlistPosition))
                .toList();
        for (Booking booking : waiting) {
            places.put(booking.getId(), ++place);
        }
        return places;
    }

    static OffsetDateTime oslo(Instant instant) {
        return instant == null ? null : instant.atZone(CalendarDocuments.OSLO).toOffsetDateTime();
    }

    /** A stored link that is no https URL (saved before links were checked) is not offered as a link. */
    static String shownLink(String videoLink) {
        return no.vidsynt.core.platform.input.HttpsLink.isValid(videoLink) ? videoLink : null;
    }
}
