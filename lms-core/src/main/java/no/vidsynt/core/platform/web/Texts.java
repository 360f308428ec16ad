package no.vidsynt.core.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/** The core's language bundle from Java code, in the language of the current view. */
public final class Texts {

    public static final String BUNDLE = "no.vidsynt.core.i18n.messages";

    private Texts() {
    }

    public static String get(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        var locale = faces != null && faces.getViewRoot() != null ? faces.getViewRoot().getLocale() : Languages.DEFAULT;
        String pattern = ResourceBundle.getBundle(BUNDLE, locale, Texts.class.getClassLoader()).getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    /** Adds a message for the whole page (clientId null) or one field. */
    public static void message(String clientId, FacesMessage.Severity severity, String key, Object... arguments) {
        String text = get(key, arguments);
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
    }
}
