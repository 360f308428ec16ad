package no.vidsynt.core.people.control;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The people feature's bundle ({@code peopleMsg} on pages) from Java code. */
public final class PeopleTexts {

    public static final String BUNDLE = "no.vidsynt.core.i18n.people";

    private PeopleTexts() {}

    public static String get(Locale locale, String key, Object... arguments) {
        String pattern = ResourceBundle.getBundle(BUNDLE, locale, PeopleTexts.class.getClassLoader())
                .getString(key);
        return arguments == null || arguments.length == 0
                ? pattern
                : new MessageFormat(pattern, locale).format(arguments);
    }
}
