package no.vidsynt.core.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import no.vidsynt.core.platform.Refusal;

/** The core's language bundle from Java code, in the language of the current view. */
public final class Texts {

    public static final String BUNDLE = "no.vidsynt.core.i18n.messages";

    private Texts() {}

    public static String get(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        var locale = faces != null && faces.getViewRoot() != null
                ? faces.getViewRoot().getLocale()
                : Languages.DEFAULT;
        String pattern = ResourceBundle.getBundle(BUNDLE, locale, Texts.class.getClassLoader())
                .getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    /** Shows what a service refused, in the language of the current view, for the whole page or one field. */
    public static void refused(String clientId, Refusal refusal) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, refusal.message(locale()), null));
    }

    /** The language of the current view; bokmål outside a view. */
    public static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces != null && faces.getViewRoot() != null
                ? faces.getViewRoot().getLocale()
                : Languages.DEFAULT;
    }

    /** Adds a message for the whole page (clientId null) or one field. */
    public static void message(String clientId, FacesMessage.Severity severity, String key, Object... arguments) {
        String text = get(key, arguments);
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
    }
}
