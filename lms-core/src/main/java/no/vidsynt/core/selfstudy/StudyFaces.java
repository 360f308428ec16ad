package no.vidsynt.core.selfstudy;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.Locale;
import no.vidsynt.core.platform.Refusal;
import no.vidsynt.core.platform.web.Languages;

/** Faces messages from the selfstudy bundle, in the language of the current view. */
public final class StudyFaces {

    private StudyFaces() {}

    public static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces != null && faces.getViewRoot() != null
                ? faces.getViewRoot().getLocale()
                : Languages.DEFAULT;
    }

    public static void info(String clientId, String key, Object... arguments) {
        add(clientId, FacesMessage.SEVERITY_INFO, InvalidInput.StudyTexts.text(locale(), key, arguments));
    }

    public static void error(String clientId, String key, Object... arguments) {
        add(clientId, FacesMessage.SEVERITY_ERROR, InvalidInput.StudyTexts.text(locale(), key, arguments));
    }

    public static void error(String clientId, Refusal problem) {
        add(clientId, FacesMessage.SEVERITY_ERROR, problem.message(locale()));
    }

    public static void validationFailed() {
        FacesContext.getCurrentInstance().validationFailed();
    }

    /** A unit id from a request parameter or an include's parameter; null when absent or not a number. */
    public static Long unitId(Object value) {
        if (value == null) {
            return null;
        }
        try {
            String text = value.toString().strip();
            return text.isEmpty() ? null : Long.valueOf(text);
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    private static void add(String clientId, FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
    }
}
