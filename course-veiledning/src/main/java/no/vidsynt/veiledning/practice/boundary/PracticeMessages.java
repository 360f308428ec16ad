package no.vidsynt.veiledning.practice.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import no.vidsynt.core.platform.Refusal;
import no.vidsynt.core.platform.web.Texts;

/** Messages of the practice pages, from the Veiledning bundle in the language of the current view. */
final class PracticeMessages {

    private static final String BUNDLE = "no.vidsynt.veiledning.i18n.texts";

    private PracticeMessages() {}

    static Locale locale() {
        return Texts.locale();
    }

    static String text(String key, Object... arguments) {
        String pattern = ResourceBundle.getBundle(BUNDLE, locale(), PracticeMessages.class.getClassLoader())
                .getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale()).format(arguments);
    }

    static void info(String key, Object... arguments) {
        FacesContext.getCurrentInstance()
                .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(key, arguments), null));
    }

    static void refused(Refusal refusal) {
        Texts.refused(null, refusal);
    }
}
