package no.vidsynt.veiledning.completion.control;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import no.vidsynt.core.platform.Refusal;
import no.vidsynt.core.platform.web.Languages;

/** The programme's texts outside a page (mails, PDFs, API answers), from its one bundle, in a given language. */
public final class VeiledningTexts {

    public static final String BUNDLE = "no.vidsynt.veiledning.i18n.texts";

    private VeiledningTexts() {}

    public static String get(Locale locale, String key, Object... arguments) {
        return Refusal.format(
                Refusal.text(BUNDLE, VeiledningTexts.class.getClassLoader(), locale, key), locale, arguments);
    }

    /** The person's chosen language, bokmål when none or an unknown one. */
    public static Locale localeOf(String language) {
        return Languages.supportedOrDefault(language);
    }

    /** A date as Norwegians write it ("2. desember 2026"). */
    public static String date(LocalDate date, Locale locale) {
        return date == null
                ? ""
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                        .withLocale(locale)
                        .format(date);
    }
}
