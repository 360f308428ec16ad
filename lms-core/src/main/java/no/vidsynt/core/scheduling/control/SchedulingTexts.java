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

    private SchedulingTexts() {}

    public static String get(Locale locale, String key, Object... arguments) {
        String pattern = ResourceBundle.getBundle(BUNDLE, locale, SchedulingTexts.class.getClassLoader())
                .getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    public static Locale localeOf(String language) {
        return Languages.supportedOrDefault(language);
    }

    /**
     * Date and time in Oslo, written the way the language writes it: "29. mars 2026 kl. 10:00" in bokmål (24-hour
     * clock), "29 March 2026 at 10:00 AM" in English (the locale's own short time, 12-hour with AM/PM). Date and time
     * always use the same clock, so that a range never mixes them ("09:00–12:00 PM" read as an afternoon).
     */
    public static String dateTime(Instant instant, Locale locale) {
        if (instant == null) {
            return "";
        }
        String pattern = "en".equals(locale.getLanguage()) ? "d MMMM yyyy 'at' " : "d. MMMM yyyy 'kl.' ";
        var at = instant.atZone(CalendarDocuments.OSLO);
        return DateTimeFormatter.ofPattern(pattern, locale).format(at) + time(instant, locale);
    }

    /** The time of day in Oslo in the language's short form: "09:00" in bokmål, "9:00 AM" in English. */
    public static String time(Instant instant, Locale locale) {
        return instant == null ? "" : timeFormat(locale).format(instant.atZone(CalendarDocuments.OSLO));
    }

    /** A session's time: "29. mars 2026 kl. 09:00–12:00"; over midnight both ends get their date. */
    public static String span(Instant start, Instant end, Locale locale) {
        if (start == null) {
            return "";
        }
        if (end == null) {
            return dateTime(start, locale);
        }
        boolean sameDay = start.atZone(CalendarDocuments.OSLO)
                .toLocalDate()
                .equals(end.atZone(CalendarDocuments.OSLO).toLocalDate());
        return sameDay
                ? dateTime(start, locale) + "–" + time(end, locale)
                : dateTime(start, locale) + " – " + dateTime(end, locale);
    }

    private static DateTimeFormatter timeFormat(Locale locale) {
        // Bokmål's short time is already "HH:mm"; spelled out so that no JDK locale-data change can alter it.
        return "en".equals(locale.getLanguage())
                ? DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale)
                : DateTimeFormatter.ofPattern("HH:mm", locale);
    }
}
