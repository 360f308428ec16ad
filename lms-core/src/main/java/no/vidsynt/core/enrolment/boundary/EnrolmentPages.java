package no.vidsynt.core.enrolment.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.vidsynt.core.platform.Refusal;
import no.vidsynt.core.platform.web.Languages;

/** Texts and messages of the leader's enrolment and cohort pages (the learning bundle, {@code learnMsg}). */
final class EnrolmentPages {

    /** The views name these texts {@code learnMsg}: the learning bundle, read by name so enrolment needs no learning. */
    static final String BUNDLE = "no.vidsynt.core.i18n.learning";
    /** Dates and times as the agency lives them. */
    private static final ZoneId ZONE = ZoneId.of("Europe/Oslo");

    private EnrolmentPages() {}

    static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces != null && faces.getViewRoot() != null
                ? faces.getViewRoot().getLocale()
                : Languages.DEFAULT;
    }

    static String text(String key, Object... arguments) {
        return Refusal.format(
                Refusal.text(BUNDLE, EnrolmentPages.class.getClassLoader(), locale(), key), locale(), arguments);
    }

    /** "5. januar 2026" in bokmål, in the bundle's own format. */
    static String date(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofPattern(text("format.date"), locale).format(date);
    }

    /** "5. januar 2026 kl. 09.00" in bokmål (Europe/Oslo). */
    static String dateTime(Instant at, Locale locale) {
        return DateTimeFormatter.ofPattern(text("format.dateTime"), locale).format(at.atZone(ZONE));
    }

    static void info(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_INFO, text(key, arguments));
    }

    static void error(String clientId, String key, Object... arguments) {
        add(clientId, FacesMessage.SEVERITY_ERROR, text(key, arguments));
    }

    /** Select items by label, escaped (names and titles are people's text). */
    static List<SelectItem> options(Map<Long, String> labels) {
        return labels.entrySet().stream()
                .sorted(Map.Entry.comparingByValue(Comparator.naturalOrder()))
                .map(entry -> new SelectItem(entry.getKey(), entry.getValue()))
                .toList();
    }

    private static void add(String clientId, FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
    }
}
