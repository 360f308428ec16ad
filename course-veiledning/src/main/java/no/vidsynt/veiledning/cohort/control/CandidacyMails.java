package no.vidsynt.veiledning.cohort.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import no.vidsynt.core.notification.control.MailMessage;
import no.vidsynt.core.notification.control.MailOutbox;
import no.vidsynt.core.people.control.People;
import no.vidsynt.core.people.entity.Person;
import no.vidsynt.core.platform.Refusal;
import no.vidsynt.core.platform.web.Languages;
import no.vidsynt.veiledning.cohort.entity.Candidacy;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The mails of a candidacy's decisions (admitted, wait-listed, rejected, withdrawn), to the person, in their language,
 * queued in the core's outbox inside the deciding transaction: a mail exists exactly when the decision was committed.
 */
@ApplicationScoped
public class CandidacyMails {

    @Inject
    MailOutbox outbox;

    @Inject
    People people;

    @Inject
    @ConfigProperty(name = "vidsynt.base-url", defaultValue = "http://localhost:8080/")
    String baseUrl;

    public void admitted(Candidacy candidacy, VeiledningCohorts.Plan cohort) {
        send(candidacy, "admitted", cohort, "");
    }

    public void waitlisted(Candidacy candidacy, VeiledningCohorts.Plan cohort) {
        send(candidacy, "waitlisted", cohort, "");
    }

    public void rejected(Candidacy candidacy) {
        send(candidacy, "rejected", null, reason(candidacy));
    }

    public void withdrawn(Candidacy candidacy, VeiledningCohorts.Plan cohort) {
        send(candidacy, "withdrawn", cohort, reason(candidacy));
    }

    private void send(Candidacy candidacy, String kind, VeiledningCohorts.Plan cohort, String reason) {
        Person person = people.byId(candidacy.getPersonId()).orElse(null);
        if (person == null || person.getEmail() == null) {
            return;
        }
        Locale locale = Languages.supportedOrDefault(person.getPreferredLanguage());
        String name = cohort == null ? "" : cohort.name();
        String start = cohort == null ? "" : date(cohort.startDate(), locale);
        String end = cohort == null ? "" : date(cohort.endDate(), locale);
        String body = text(locale, "cohort.mail.greeting", person.getDisplayName()) + "\n\n"
                + text(locale, "cohort.mail." + kind + ".body", name, start, end)
                + (reason.isBlank() ? "" : "\n\n" + text(locale, "cohort.mail.reason", reason))
                + "\n\n" + text(locale, "cohort.mail.link", baseUrl + "veiledning/programme.xhtml");
        outbox.queue(
                MailMessage.plain(person.getEmail(), text(locale, "cohort.mail." + kind + ".subject", name), body));
    }

    private static String reason(Candidacy candidacy) {
        return candidacy.getReason() == null ? "" : candidacy.getReason();
    }

    static String date(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofPattern(text(locale, "cohort.format.date"), locale)
                .format(date);
    }

    static String text(Locale locale, String key, Object... arguments) {
        return Refusal.format(
                Refusal.text(CohortRefusal.BUNDLE, CandidacyMails.class.getClassLoader(), locale, key),
                locale,
                arguments);
    }
}
