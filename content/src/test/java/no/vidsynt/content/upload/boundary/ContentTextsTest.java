package no.vidsynt.content.upload.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;
import no.vidsynt.content.upload.control.UploadRejected;
import org.junit.jupiter.api.Test;

class ContentTextsTest {

    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control.getNoFallbackControl(
            ResourceBundle.Control.FORMAT_PROPERTIES);

    @Test
    void bokmaalAndEnglishHaveTheSameKeysAndEveryReasonHasAText() {
        var english = ResourceBundle.getBundle(ContentTexts.BUNDLE, Locale.ROOT, NO_FALLBACK).keySet();
        var bokmaal = ResourceBundle.getBundle(ContentTexts.BUNDLE, Locale.forLanguageTag("nb"), NO_FALLBACK).keySet();
        assertThat(bokmaal).containsExactlyInAnyOrderElementsOf(english);
        for (UploadRejected.Reason reason : UploadRejected.Reason.values()) {
            assertThat(english).contains("rejected." + reason.name());
        }
    }

    @Test
    void aRejectionReadsAsOneSentenceInBokmaal() {
        String text = ContentTexts.rejection(Locale.forLanguageTag("nb"), "bilde.png",
                new UploadRejected(UploadRejected.Reason.TYPE_MISMATCH, ".png / image/jpeg"));
        assertThat(text).isEqualTo("Filen «bilde.png» ble avvist fordi filnavnet passer ikke med det filen faktisk "
                + "inneholder (.png / image/jpeg).");
    }
}
