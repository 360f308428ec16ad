package no.vidsynt.content.upload.boundary;

import java.util.Locale;
import no.vidsynt.content.upload.control.UploadRejected;
import no.vidsynt.core.platform.Refusal;

/** The content module's bundle ({@code #{contentMsg}} in pages) from Java code. */
public final class ContentTexts {

    public static final String BUNDLE = "no.vidsynt.content.i18n.content";

    private ContentTexts() {}

    public static String get(Locale locale, String key, Object... arguments) {
        // No fallback to the server's own locale: English is the base bundle, whatever the machine speaks.
        return Refusal.format(
                Refusal.text(BUNDLE, ContentTexts.class.getClassLoader(), locale, key), locale, arguments);
    }

    /** "The file was rejected because ..." in plain words, with what was wrong. */
    public static String rejection(Locale locale, String fileName, UploadRejected rejected) {
        return get(
                locale,
                "rejected",
                UploadRejected.shown(fileName),
                get(locale, "rejected." + rejected.reason().name(), rejected.detail()));
    }
}
