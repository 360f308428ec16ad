package no.vidsynt.core.selfstudy;

import java.util.Locale;
import no.vidsynt.core.platform.Refusal;

/**
 * Input a self-study service refuses: a {@link Refusal} of kind "invalid" whose reason is in the feature's bundle.
 * Pages show it in the person's language ({@link #text(Locale)}), the API answers 400 with it as the problem's
 * detail. Thrown before anything is written, or inside the transaction so that nothing is half-saved.
 */
public class InvalidInput extends Refusal {

    private static final long serialVersionUID = 1L;

    public InvalidInput(String key, Object... arguments) {
        super(Kind.INVALID, StudyTexts.BUNDLE, key, arguments);
    }

    public String text(Locale locale) {
        return message(locale);
    }

    /** The feature's bundle, {@code no.vidsynt.core.i18n.selfstudy}. */
    public static final class StudyTexts {
        public static final String BUNDLE = "no.vidsynt.core.i18n.selfstudy";

        private StudyTexts() {}

        public static String text(Locale locale, String key, Object... arguments) {
            return Refusal.format(
                    Refusal.text(BUNDLE, StudyTexts.class.getClassLoader(), locale, key), locale, arguments);
        }
    }
}
