package no.vidsynt.core.platform.web;

import java.util.List;
import java.util.Locale;

/** The languages VidSynt speaks: Norwegian bokmål first, English too. */
public final class Languages {

    public static final Locale DEFAULT = Locale.forLanguageTag("nb");
    public static final List<Locale> SUPPORTED = List.of(DEFAULT, Locale.ENGLISH);

    private Languages() {}

    public static boolean isSupported(String language) {
        return SUPPORTED.stream().anyMatch(locale -> locale.getLanguage().equals(language));
    }

    /**
     * The first supported language among those a client accepts (Accept-Language, in the client's order), bokmål when
     * none is. "no" and "nn" read bokmål best, so they count as bokmål. Requests go through
     * {@link LanguageChoice#of}, which asks this only when there is no browser session's choice.
     */
    public static Locale firstSupported(java.util.List<Locale> acceptable) {
        return acceptable == null
                ? DEFAULT
                : acceptable.stream()
                        .map(Locale::getLanguage)
                        .map(language ->
                                language.equals("no") || language.equals("nn") ? DEFAULT.getLanguage() : language)
                        .filter(Languages::isSupported)
                        .findFirst()
                        .map(Locale::forLanguageTag)
                        .orElse(DEFAULT);
    }

    /** The supported locale for a language code; bokmål for anything else ("no" and "nn" read bokmål best). */
    public static Locale supportedOrDefault(String language) {
        if (language == null) {
            return DEFAULT;
        }
        String code = language.trim().toLowerCase(Locale.ROOT);
        return SUPPORTED.stream()
                .filter(locale -> locale.getLanguage().equals(code))
                .findFirst()
                .orElse(DEFAULT);
    }
}
