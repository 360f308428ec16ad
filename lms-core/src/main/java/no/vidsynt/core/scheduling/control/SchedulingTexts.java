package no.vidsynt.core.scheduling.control;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;
import no.vidsynt.core.platform.web.Languages;

/** The scheduling bundle ({@code schedMsg} on pages) from Java code, for mails, exports and API messages. */
public final class SchedulingTexts {

    public static final String BUNDLE = "no.vidsynt.core.i18n.scheduling";

    private SchedulingTexts() {
    }

    public static String get(Locale locale, String key, Object... arguments) {
        String pattern = ResourceBundle.getBundle(BUNDLE, locale, SchedulingTexts.class.getClassLoader()).getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    public static Locale localeOf(String language) {
        return Languages.supportedOrDefault(language);
    }

    /** Date and time in Oslo, written the way the language writes it ("29. mars 2026 kl. 10:00"). */
    public static String dateTime(Instant instant, Locale locale) {
        if (instant == null) {
            return "";
        }
        String pattern = "en".equals(locale.getLanguage()) ? "d MMMM yyyy 'at' HH:mm" : "d. MMMM yyyy 'kl.' HH:mm";
        return DateTimeFormatter.ofPattern(pattern, locale).format(instant.atZone(CalendarDocuments.OSLO));
    }

    public static String time(Instant instant, Locale locale) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale)
                .format(instant.atZone(CalendarDocuments.OSLO));
    }
}
