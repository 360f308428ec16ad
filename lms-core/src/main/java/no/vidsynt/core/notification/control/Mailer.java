package no.vidsynt.core.notification.control;

import jakarta.activation.DataHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Properties;
import java.util.logging.Logger;
import no.vidsynt.core.platform.input.SingleLine;

/**
 * Hands one mail to the configured SMTP server (Jakarta Mail), or writes it to the log when none is configured.
 * A calendar invitation goes as a text/calendar part with its METHOD, which Outlook and Google need to show it as
 * an invitation, and as a .ics attachment for other clients.
 */
@ApplicationScoped
public class Mailer {

    private static final Logger LOG = Logger.getLogger(Mailer.class.getName());

    @Inject
    MailSettings settings;

    public void send(MailMessage mail) throws MessagingException {
        if (settings.host().isEmpty()) {
            // Every line of the body is indented, so a line in a text someone wrote can never pass for a log record.
            LOG.info(() -> "Mail (no SMTP server configured, so logged only) to " + SingleLine.of(mail.recipient())
                    + ": " + SingleLine.of(mail.subject()) + indented(mail.body())
                    + (mail.ical() == null ? "" : indented(mail.ical())));
            return;
        }
        Transport.send(message(session(), mail));
    }

    static String indented(String text) {
        return text == null ? "" : ("\n" + text).replaceAll("\r\n|\r|\n|\u2028|\u2029|\u0085", "\n    | ");
    }

    Session session() {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", settings.host().orElseThrow());
        properties.put("mail.smtp.port", String.valueOf(settings.port()));
        properties.put("mail.smtp.connectiontimeout", "10000");
        properties.put("mail.smtp.timeout", "20000");
        properties.put("mail.smtp.starttls.enable", String.valueOf(settings.starttls()));
        properties.put("mail.smtp.starttls.required", String.valueOf(settings.starttls()));
        if (settings.username().isPresent()) {
            properties.put("mail.smtp.auth", "true");
            return Session.getInstance(properties, new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(settings.username().orElseThrow(), settings.password());
                }
            });
        }
        return Session.getInstance(properties);
    }

    MimeMessage message(Session session, MailMessage mail) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(settings.from()));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.recipient()));
        message.setSubject(mail.subject(), "UTF-8");
        message.setSentDate(java.util.Date.from(Instant.now()));
        if (mail.ical() == null) {
            message.setText(mail.body(), "UTF-8");
            return message;
        }
        MimeMultipart alternative = new MimeMultipart("alternative");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.body(), "UTF-8");
        alternative.addBodyPart(text);
        String calendarType = "text/calendar; charset=UTF-8; method=" + mail.icalMethod();
        MimeBodyPart inline = new MimeBodyPart();
        inline.setDataHandler(
                new DataHandler(new ByteArrayDataSource(mail.ical().getBytes(StandardCharsets.UTF_8), calendarType)));
        inline.setHeader("Content-Type", calendarType);
        alternative.addBodyPart(inline);

        MimeMultipart mixed = new MimeMultipart("mixed");
        MimeBodyPart body = new MimeBodyPart();
        body.setContent(alternative);
        mixed.addBodyPart(body);
        MimeBodyPart attachment = new MimeBodyPart();
        attachment.setDataHandler(new DataHandler(
                new ByteArrayDataSource(mail.ical().getBytes(StandardCharsets.UTF_8), "application/ics")));
        attachment.setFileName("invite.ics");
        attachment.setDisposition(MimeBodyPart.ATTACHMENT);
        mixed.addBodyPart(attachment);
        message.setContent(mixed);
        return message;
    }
}
