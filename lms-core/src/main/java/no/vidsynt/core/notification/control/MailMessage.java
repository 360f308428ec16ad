package no.vidsynt.core.notification.control;

/**
 * A mail to one person, ready for the outbox.
 *
 * @param ical an iCalendar document to attach, or null
 * @param icalMethod its METHOD (REQUEST, CANCEL), which also goes into the attachment's content type
 */
public record MailMessage(String recipient, String subject, String body, String ical, String icalMethod) {

    public static MailMessage plain(String recipient, String subject, String body) {
        return new MailMessage(recipient, subject, body, null, null);
    }
}
