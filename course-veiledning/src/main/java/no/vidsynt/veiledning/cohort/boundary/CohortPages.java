package no.vidsynt.veiledning.cohort.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import no.vidsynt.core.platform.Refusal;
import no.vidsynt.core.platform.web.Languages;

/** Texts, dates and messages of the cohort pages, from the programme's bundle in the page's language. */
final class CohortPages {

    static final String BUNDLE = "no.vidsynt.veiledning.i18n.texts";

    private CohortPages() {}

    static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces != null && faces.getViewRoot() != null
                ? faces.getViewRoot().getLocale()
                : Languages.DEFAULT;
    }

    static String text(String key, Object... arguments) {
        return Refusal.format(
                Refusal.text(BUNDLE, CohortPages.class.getClassLoader(), locale(), key), locale(), arguments);
    }

    /** "1. september 2026" in bokmål. */
    static String date(LocalDate date) {
        return date == null
                ? ""
                : DateTimeFormatter.ofPattern(text("cohort.format.date"), locale())
                        .format(date);
    }

    /** "1. september 2026 – 30. juni 2027". */
    static String period(LocalDate from, LocalDate to) {
        return date(from) + " – " + date(to);
    }

    static String status(String status) {
        return text("cohort.status." + status);
    }

    static void info(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, text(key, arguments));
    }

    static void error(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, text(key, arguments));
    }

    /** A service's refusal, in the page's language. */
    static void refused(Refusal refusal) {
        add(FacesMessage.SEVERITY_ERROR, refusal.message(locale()));
    }

    private static void add(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }
}
