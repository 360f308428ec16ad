package no.vidsynt.core.scheduling.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import no.vidsynt.core.people.entity.Person;
import no.vidsynt.core.scheduling.entity.Booking;
import no.vidsynt.core.scheduling.entity.BookingStatus;
import no.vidsynt.core.scheduling.entity.TrainingSession;

/**
 * A person's calendar feed: a secret URL ({@code /api/v1/calendar/<token>.ics}) a calendar app subscribes to,
 * listing the sessions the person has a seat in. Making a new token revokes the old URL; revoking removes it.
 */
@ApplicationScoped
public class CalendarFeeds {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    SessionMails mails;

    public Optional<String> tokenOf(long personId) {
        return em.createNativeQuery("SELECT token FROM calendar_feed WHERE person_id = ?1")
                .setParameter(1, personId)
                .getResultStream()
                .findFirst()
                .map(String::valueOf);
    }

    @Transactional
    public String renew(long personId) {
        revoke(personId);
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        em.createNativeQuery("INSERT INTO calendar_feed (person_id, token, created_at) VALUES (?1, ?2, ?3)")
                .setParameter(1, personId)
                .setParameter(2, token)
                .setParameter(3, java.sql.Timestamp.from(Instant.now()))
                .executeUpdate();
        return token;
    }

    @Transactional
    public void revoke(long personId) {
        em.createNativeQuery("DELETE FROM calendar_feed WHERE person_id = ?1")
                .setParameter(1, personId)
                .executeUpdate();
    }

    /** The feed behind a token, or empty when the token is unknown or revoked. */
    public Optional<String> feed(String token) {
        if (token == null || !token.matches("[A-Za-z0-9_-]{20,64}")) {
            return Optional.empty();
        }
        Optional<Long> personId = em.createNativeQuery("SELECT person_id FROM calendar_feed WHERE token = ?1")
                .setParameter(1, token)
                .getResultStream()
                .findFirst()
                .map(id -> ((Number) id).longValue());
        if (personId.isEmpty()) {
            return Optional.empty();
        }
        Person person = em.find(Person.class, personId.get());
        var locale = SchedulingTexts.localeOf(person.getPreferredLanguage());
        List<Booking> booked = em
                .createNamedQuery(Booking.OF_PERSON, Booking.class)
                .setParameter("person", personId.get())
                .getResultList()
                .stream()
                .filter(b -> b.getStatus() == BookingStatus.BOOKED || b.getStatus() == BookingStatus.OFFERED)
                .toList();
        List<CalendarDocuments.Event> events = booked.stream()
                .map(b -> {
                    TrainingSession s = em.find(TrainingSession.class, b.getSessionId());
                    return mails.event(
                            s,
                            b.getIcalSequence(),
                            s.getStatus() != no.vidsynt.core.scheduling.entity.SessionStatus.SCHEDULED,
                            locale);
                })
                .toList();
        return Optional.of(CalendarDocuments.feed(events, Instant.now()));
    }
}
