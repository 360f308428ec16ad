package no.vidsynt.core.selfstudy;

import jakarta.ws.rs.BadRequestException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Input a self-study service refuses, with a text from the feature's bundle: pages show it in the person's language
 * ({@link #text(Locale)}), the API answers 400 with the English text as the problem's detail. Thrown before anything
 * is written, or inside the transaction so that nothing is half-saved.
 */
public class InvalidInput extends BadRequestException {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final transient Object[] arguments;

    public InvalidInput(String key, Object... arguments) {
        super(StudyTexts.text(Locale.ROOT, key, arguments));
        this.key = key;
        this.arguments = arguments;
    }

    public String key() {
        return key;
    }

    public String text(Locale locale) {
        return StudyTexts.text(locale, key, arguments);
    }

    /** The feature's bundle, {@code no.vidsynt.core.i18n.selfstudy}. */
    public static final class StudyTexts {
        public static final String BUNDLE = "no.vidsynt.core.i18n.selfstudy";

        private StudyTexts() {
        }

        public static String text(Locale locale, String key, Object... arguments) {
            String pattern = ResourceBundle.getBundle(BUNDLE, locale, StudyTexts.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
            return arguments == null || arguments.length == 0 ? pattern
                    : new MessageFormat(pattern, locale).format(arguments);
        }
    }
}
