package no.vidsynt.core.notification.control;

import no.vidsynt.core.platform.input.SingleLine;

/**
 * A mail to one person, ready for the outbox.
 *
 * @param ical an iCalendar document to attach, or null
 * @param icalMethod its METHOD (REQUEST, CANCEL), which also goes into the attachment's content type
 */
public record MailMessage(String recipient, String subject, String body, String ical, String icalMethod) {

    /** Subject and recipient are header values: a line break there would start a header of the sender's choosing. */
    public MailMessage {
        recipient = recipient == null ? null : SingleLine.of(recipient).strip();
        subject = SingleLine.of(subject);
    }

    public static MailMessage plain(String recipient, String subject, String body) {
        return new MailMessage(recipient, subject, body, null, null);
    }
}
