package no.vidsynt.veiledning.certificate.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import no.vidsynt.core.notification.control.MailMessage;
import no.vidsynt.core.notification.control.MailOutbox;
import no.vidsynt.core.people.entity.Person;
import no.vidsynt.veiledning.certificate.entity.Certificate;
import no.vidsynt.veiledning.completion.control.VeiledningTexts;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Mails to a certificate's holder, in their language, queued in the core's outbox inside the caller's transaction. */
@ApplicationScoped
public class CertificateMails {

    @Inject
    MailOutbox outbox;

    @Inject
    @ConfigProperty(name = "vidsynt.base-url", defaultValue = "http://localhost:8080/")
    String baseUrl;

    /** The public address that verifies the certificate. */
    public String verificationUrl(Certificate certificate) {
        return baseUrl + "veiledning/verify.xhtml?code=" + CertificateCodes.display(certificate.getCode());
    }

    /** Where the holder downloads it. */
    public String pageUrl() {
        return baseUrl + "veiledning/certificate.xhtml";
    }

    public void issued(Person holder, Certificate certificate) {
        Locale locale = VeiledningTexts.localeOf(holder.getPreferredLanguage());
        String body = VeiledningTexts.get(locale, "certificate.mail.greeting", holder.getDisplayName()) + "\n\n"
                + VeiledningTexts.get(
                        locale,
                        "certificate.mail.issued.body",
                        certificate.getCohortName(),
                        CertificateCodes.display(certificate.getCode()),
                        verificationUrl(certificate),
                        pageUrl());
        outbox.queue(MailMessage.plain(
                holder.getEmail(), VeiledningTexts.get(locale, "certificate.mail.issued.subject"), body));
    }

    public void revoked(Person holder, Certificate certificate) {
        Locale locale = VeiledningTexts.localeOf(holder.getPreferredLanguage());
        String body = VeiledningTexts.get(locale, "certificate.mail.greeting", holder.getDisplayName()) + "\n\n"
                + VeiledningTexts.get(
                        locale,
                        "certificate.mail.revoked.body",
                        certificate.getCohortName(),
                        certificate.getRevokedReason(),
                        pageUrl());
        outbox.queue(MailMessage.plain(
                holder.getEmail(), VeiledningTexts.get(locale, "certificate.mail.revoked.subject"), body));
    }
}
