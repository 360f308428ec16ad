package no.vidsynt.core.learning.control;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/** The learning feature's bundle ({@code learnMsg}) from Java code, and its ways of saying dates and reasons. */
public final class LearningTexts {

    public static final String BUNDLE = "no.vidsynt.core.i18n.learning";
    /** Dates and times are shown as the agency lives them. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Oslo");

    private LearningTexts() {}

    public static String get(Locale locale, String key, Object... arguments) {
        String pattern = ResourceBundle.getBundle(BUNDLE, locale, LearningTexts.class.getClassLoader())
                .getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    /** "5. januar 2026 kl. 09.00" in bokmål, "5 January 2026 at 09:00" in English (Europe/Oslo). */
    public static String dateTime(Instant at, Locale locale) {
        return DateTimeFormatter.ofPattern(get(locale, "format.dateTime"), locale)
                .format(at.atZone(ZONE));
    }

    /** "12. mars kl. 09.00" in bokmål, "12 March at 09:00" in English (Europe/Oslo): a date this year or next. */
    public static String dayAndTime(Instant at, Locale locale) {
        return DateTimeFormatter.ofPattern(get(locale, "format.dayTime"), locale)
                .format(at.atZone(ZONE));
    }

    /** "5. januar 2026" in bokmål. */
    public static String date(java.time.LocalDate date, Locale locale) {
        return DateTimeFormatter.ofPattern(get(locale, "format.date"), locale).format(date);
    }

    /** One plain sentence for a reason a unit is closed. */
    public static String reason(AvailabilityCheck.Reason reason, Locale locale) {
        String key = "availability." + reason.kind().name().toLowerCase(Locale.ROOT);
        return switch (reason.kind()) {
            case OPENS, CLOSED -> get(locale, key, dateTime(reason.at(), locale));
            case UNIT, SECTION, COURSE ->
                reason.subject() == null ? get(locale, key + ".unnamed") : get(locale, key, reason.subject());
            case ORG_UNIT -> get(locale, key, reason.subject());
            case ROLE -> get(locale, key, roleNames(reason.subject(), locale));
        };
    }

    public static String reasons(List<AvailabilityCheck.Reason> reasons, Locale locale) {
        return reasons.stream().map(reason -> reason(reason, locale)).collect(Collectors.joining(" "));
    }

    private static String roleNames(String roles, Locale locale) {
        return java.util.Arrays.stream(roles.split(", "))
                .map(role -> get(locale, "role." + role))
                .collect(Collectors.joining(get(locale, "list.or")));
    }
}
