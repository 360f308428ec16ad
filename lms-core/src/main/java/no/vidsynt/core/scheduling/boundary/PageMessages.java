package no.vidsynt.core.scheduling.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.time.OffsetDateTime;
import java.util.Locale;
import no.vidsynt.core.platform.web.Languages;
import no.vidsynt.core.scheduling.control.BookingRefused;
import no.vidsynt.core.scheduling.control.SchedulingTexts;

/** Messages and dates of the scheduling pages, in the language of the current view. */
final class PageMessages {

    private PageMessages() {}

    static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces != null && faces.getViewRoot() != null
                ? faces.getViewRoot().getLocale()
                : Languages.DEFAULT;
    }

    static void info(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_INFO, SchedulingTexts.get(locale(), key, arguments));
    }

    static void refused(BookingRefused refused) {
        add(null, FacesMessage.SEVERITY_ERROR, refused.message(locale()));
    }

    /** Keeps this request's messages for the page a redirect leads to. */
    static void keepForRedirect() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    static void fieldError(String clientId, String key) {
        add(clientId, FacesMessage.SEVERITY_ERROR, SchedulingTexts.get(locale(), key));
    }

    static String dateTime(OffsetDateTime time) {
        return time == null ? "" : SchedulingTexts.dateTime(time.toInstant(), locale());
    }

    static String time(OffsetDateTime time) {
        return time == null ? "" : SchedulingTexts.time(time.toInstant(), locale());
    }

    private static void add(String clientId, FacesMessage.Severity severity, String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(clientId, new FacesMessage(severity, text, null));
    }
}
