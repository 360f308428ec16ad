package no.vidsynt.core.catalogue.boundary;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import no.vidsynt.core.catalogue.control.InvalidChange;
import no.vidsynt.core.catalogue.control.Violation;
import no.vidsynt.core.platform.web.LanguageChoice;
import no.vidsynt.core.platform.web.Languages;

/** The catalogue's bundle ({@code #{catMsg}}) from the pages' Java code, in the view's language. */
final class CatalogueTexts {

    private CatalogueTexts() {}

    /** The signed-in person's language choice (the view's locale is not set yet while a view action runs). */
    static Locale locale() {
        try {
            return CDI.current().select(LanguageChoice.class).get().getLocale();
        } catch (RuntimeException noSession) {
            return Languages.DEFAULT;
        }
    }

    static String get(String key, Object... arguments) {
        Locale locale = locale();
        String pattern = ResourceBundle.getBundle(CatalogueErrors.BUNDLE, locale, CatalogueTexts.class.getClassLoader())
                .getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    static void info(String key, Object... arguments) {
        FacesContext.getCurrentInstance()
                .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, get(key, arguments), null));
    }

    static void error(String clientId, String key, Object... arguments) {
        FacesContext.getCurrentInstance()
                .addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, get(key, arguments), null));
    }

    /** Shows each violation next to its field (by the field-to-client-id map), or for the page. */
    static void show(InvalidChange refused, Map<String, String> fields) {
        for (Violation violation : refused.violations()) {
            String text = CatalogueErrors.text(violation, locale());
            FacesContext.getCurrentInstance()
                    .addMessage(
                            fields.get(violation.field()), new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        }
        FacesContext.getCurrentInstance().validationFailed();
    }
}
