package no.vidsynt.core.scheduling.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Locale;
import no.vidsynt.core.notification.control.MailMessage;
import no.vidsynt.core.notification.control.MailOutbox;
import no.vidsynt.core.notification.control.MailSettings;
import no.vidsynt.core.people.entity.Person;
import no.vidsynt.core.scheduling.entity.Booking;
import no.vidsynt.core.scheduling.entity.TrainingSession;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The mails of the scheduling feature, each in the recipient's language and queued in the outbox inside the caller's
 * transaction. Mails about a held seat carry a calendar invitation (REQUEST); mails about a seat given up or a session
 * cancelled carry a cancellation (CANCEL) with the same UID and a higher SEQUENCE.
 */
@ApplicationScoped
public class SessionMails {

    @PersistenceContext
    EntityManager em;

    @Inject
    MailOutbox outbox;

    @Inject
    MailSettings mailSettings;

    @Inject
    KnownSessionKinds kinds;

    @Inject
    @jakarta.enterprise.inject.Any
    jakarta.enterprise.inject.Instance<SessionPreparation> preparation;

    @Inject
    @ConfigProperty(name = "vidsynt.base-url", defaultValue = "http://localhost:8080/")
    String baseUrl;

    public void booked(TrainingSession session, Booking booking) {
        invitation(session, booking, "mail.booked", false);
    }

    /** A waiting person was given the freed seat at once. */
    public void promoted(TrainingSession session, Booking booking) {
        invitation(session, booking, "mail.promoted", false);
    }

    public void changed(TrainingSession session, Booking booking) {
        invitation(session, booking, "mail.changed", false);
    }

    public void bookingCancelled(TrainingSession session, Booking booking) {
        invitation(session, booking, "mail.cancelled", true);
    }

    public void sessionCancelled(TrainingSession session, Booking booking) {
        if (booking.getIcalSequence() == 0 && !booking.getStatus().holdsSeat()) {
            plain(session, booking, "mail.sessionCancelledWaiting");
        } else {
            invitation(session, booking, "mail.sessionCancelled", true);
        }
    }

    public void waitlisted(TrainingSession session, Booking booking, long place) {
        plain(session, booking, "mail.waitlisted", place);
    }

    public void offered(TrainingSession session, Booking booking) {
        Person person = person(booking);
        Locale locale = SchedulingTexts.localeOf(person.getPreferredLanguage());
        plain(session, booking, "mail.offered", SchedulingTexts.dateTime(booking.getOfferExpiresAt(), locale));
    }

    public void offerExpired(TrainingSession session, Booking booking) {
        plain(session, booking, "mail.offerExpired");
    }

    /** The reminder before a session; it asks for the unit's before-reflection while that is unwritten. */
    public void reminder(TrainingSession session, Booking booking) {
        Long unitId = session.getUnitId();
        if (unitId != null && preparation.stream().anyMatch(p -> p.beforeOutstanding(booking.getPersonId(), unitId))) {
            plain(session, booking, "mail.reminderReflect", baseUrl + "learning/unit.xhtml?id=" + unitId);
        } else {
            plain(session, booking, "mail.reminder");
        }
    }

    /** A trainer's own message to one attendee. */
    public void message(TrainingSession session, Booking booking, String subject, String text) {
        Person person = person(booking);
        Locale locale = SchedulingTexts.localeOf(person.getPreferredLanguage());
        String body = text + "\n\n-- \n" + describe(session, locale);
        outbox.queue(MailMessage.plain(person.getEmail(), subject + " – " + session.getTitle(), body));
    }

    private void invitation(TrainingSession session, Booking booking, String key, boolean cancel) {
        Person person = person(booking);
        Locale locale = SchedulingTexts.localeOf(person.getPreferredLanguage());
        int sequence = booking.nextIcalSequence();
        String ical = CalendarDocuments.invitation(
                event(session, sequence, cancel, locale),
                organizer(session),
                new CalendarDocuments.Party(person.getEmail(), person.getDisplayName()),
                Instant.now());
        outbox.queue(new MailMessage(
                person.getEmail(),
                subject(session, key, locale),
                body(session, person, key, locale),
                ical,
                cancel ? "CANCEL" : "REQUEST"));
    }

    private void plain(TrainingSession session, Booking booking, String key, Object... arguments) {
        Person person = person(booking);
        Locale locale = SchedulingTexts.localeOf(person.getPreferredLanguage());
        outbox.queue(MailMessage.plain(
                person.getEmail(), subject(session, key, locale), body(session, person, key, locale, arguments)));
    }

    /** The event as the person's calendar should show it; used by invitations and the calendar feed. */
    public CalendarDocuments.Event event(TrainingSession session, int sequence, boolean cancelled, Locale locale) {
        String summary = session.getTitle();
        String description = kinds.label(session.getKind(), locale)
                + (session.getVideoLink() != null ? "\n" + session.getVideoLink() : "")
                + "\n" + baseUrl + "sessions/mine.xhtml";
        return new CalendarDocuments.Event(
                session.getIcalUid(),
                sequence,
                summary,
                description,
                session.getStartsAt(),
                session.getEndsAt(),
                session.getPlace(),
                session.getVideoLink(),
                cancelled);
    }

    private String subject(TrainingSession session, String key, Locale locale) {
        return SchedulingTexts.get(locale, key + ".subject", session.getTitle());
    }

    private String body(TrainingSession session, Person person, String key, Locale locale, Object... arguments) {
        return SchedulingTexts.get(locale, "mail.greeting", person.getDisplayName()) + "\n\n"
                + SchedulingTexts.get(locale, key + ".body", arguments) + "\n\n"
                + describe(session, locale) + "\n\n"
                + SchedulingTexts.get(locale, "mail.link", baseUrl + "sessions/mine.xhtml");
    }

    private String describe(TrainingSession session, Locale locale) {
        String where = session.getPlace() != null && !session.getPlace().isBlank()
                ? session.getPlace()
                : session.getVideoLink() != null ? session.getVideoLink() : "";
        return SchedulingTexts.get(
                locale,
                "mail.details",
                session.getTitle(),
                kinds.label(session.getKind(), locale),
                SchedulingTexts.dateTime(session.getStartsAt(), locale),
                SchedulingTexts.time(session.getEndsAt(), locale),
                where);
    }

    private CalendarDocuments.Party organizer(TrainingSession session) {
        return session.getTrainerIds().stream()
                .sorted()
                .findFirst()
                .map(id -> em.find(Person.class, id))
                .map(trainer -> new CalendarDocuments.Party(trainer.getEmail(), trainer.getDisplayName()))
                .orElseGet(() -> new CalendarDocuments.Party(address(mailSettings.from()), "VidSynt"));
    }

    private static String address(String from) {
        int open = from.indexOf('<');
        return open >= 0 ? from.substring(open + 1, from.indexOf('>', open)) : from.trim();
    }

    private Person person(Booking booking) {
        return em.find(Person.class, booking.getPersonId());
    }
}
