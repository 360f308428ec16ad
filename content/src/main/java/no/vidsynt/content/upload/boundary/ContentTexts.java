package no.vidsynt.content.upload.boundary;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import no.vidsynt.content.upload.control.UploadRejected;

/** The content module's bundle ({@code #{contentMsg}} in pages) from Java code. */
public final class ContentTexts {

    public static final String BUNDLE = "no.vidsynt.content.i18n.content";

    private ContentTexts() {
    }

    public static String get(Locale locale, String key, Object... arguments) {
        String pattern = ResourceBundle.getBundle(BUNDLE, locale, ContentTexts.class.getClassLoader()).getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    /** "The file was rejected because ..." in plain words, with what was wrong. */
    public static String rejection(Locale locale, String fileName, UploadRejected rejected) {
        return get(locale, "rejected", UploadRejected.shown(fileName),
                get(locale, "rejected." + rejected.reason().name(), rejected.detail()));
    }
}
