package no.vidsynt.core.people.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.Locale;
import no.vidsynt.core.people.control.PeopleTexts;
import no.vidsynt.core.people.control.Refused;
import no.vidsynt.core.platform.web.Languages;

/** Messages from the people bundle on the current page, in the page's language. */
public final class PageMessages {

    private PageMessages() {}

    public static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces != null && faces.getViewRoot() != null
                ? faces.getViewRoot().getLocale()
                : Languages.DEFAULT;
    }

    public static String text(String key, Object... arguments) {
        return PeopleTexts.get(locale(), key, arguments);
    }

    public static void info(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_INFO, text(key, arguments));
    }

    /** Shows why a change was refused, next to a field or (clientId null) for the page. */
    public static void refused(String clientId, Refused refused) {
        add(clientId, FacesMessage.SEVERITY_ERROR, refused.text(locale()));
    }

    public static void error(String clientId, String key, Object... arguments) {
        add(clientId, FacesMessage.SEVERITY_ERROR, text(key, arguments));
    }

    /** Keeps the messages across the redirect that follows a change. */
    public static void keepForRedirect() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    private static void add(String clientId, FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
    }
}
