package no.vidsynt.content.upload.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;
import no.vidsynt.content.upload.control.UploadRejected;
import org.junit.jupiter.api.Test;

class ContentTextsTest {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Test
    void bokmaalAndEnglishHaveTheSameKeysAndEveryReasonHasAText() {
        var english = ResourceBundle.getBundle(ContentTexts.BUNDLE, Locale.ROOT, NO_FALLBACK)
                .keySet();
        var bokmaal = ResourceBundle.getBundle(ContentTexts.BUNDLE, Locale.forLanguageTag("nb"), NO_FALLBACK)
                .keySet();
        assertThat(bokmaal).containsExactlyInAnyOrderElementsOf(english);
        for (UploadRejected.Reason reason : UploadRejected.Reason.values()) {
            assertThat(english).contains("rejected." + reason.name());
        }
    }

    @Test
    void aRejectionReadsAsOneSentenceInBokmaal() {
        String text = ContentTexts.rejection(
                Locale.forLanguageTag("nb"),
                "bilde.png",
                new UploadRejected(UploadRejected.Reason.TYPE_MISMATCH, ".png / image/jpeg"));
        assertThat(text)
                .isEqualTo("Filen «bilde.png» ble avvist fordi filnavnet passer ikke med det filen faktisk "
                        + "inneholder (.png / image/jpeg).");
    }

    @Test
    void everyTextWithAValueFormatsWithoutLeftoverBracesInBothLanguages() {
        for (Locale locale : new Locale[] {Locale.ROOT, Locale.forLanguageTag("nb")}) {
            var bundle = ResourceBundle.getBundle(ContentTexts.BUNDLE, locale, NO_FALLBACK);
            for (String key : bundle.keySet()) {
                if (!bundle.getString(key).contains("{")) {
                    continue;
                }
                for (int value : new int[] {0, 1, 3, 1200}) {
                    String text = ContentTexts.get(locale, key, value, "x");
                    assertThat(text).as(locale + " " + key + " with " + value).doesNotContain("{", "}", "''");
                }
            }
        }
    }

    @Test
    void countsReadNaturallyInBokmaalAndEnglish() {
        Locale nb = Locale.forLanguageTag("nb");
        assertThat(ContentTexts.get(nb, "units", 0)).isEqualTo("ingen enheter");
        assertThat(ContentTexts.get(nb, "units", 1)).isEqualTo("1 enhet");
        assertThat(ContentTexts.get(nb, "units", 3)).isEqualTo("3 enheter");
        assertThat(ContentTexts.get(Locale.ROOT, "units", 1)).isEqualTo("1 unit");
        assertThat(ContentTexts.get(Locale.ROOT, "units", 2)).isEqualTo("2 units");
        assertThat(ContentTexts.get(nb, "usage.shows", 2)).isEqualTo("viser versjon 2");
        assertThat(ContentTexts.get(nb, "usage.olderLearners", 1)).startsWith("1 deltaker har");
    }

    @Test
    void pagesNeverFillInTextsByReplacingPlaceholders() throws Exception {
        // EL's String.replace('{0}', number) picks replace(char, char) and prints "0} enheter": format in Java instead
        for (String page : new String[] {"library.xhtml", "play.xhtml", "unit-content.xhtml"}) {
            try (var in = ContentTextsTest.class.getResourceAsStream("/META-INF/resources/content/" + page)) {
                String source = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                assertThat(source).as(page).doesNotContain(".replace('{");
            }
        }
    }

    @Test
    void aTextFileIsATypeWeDoNotTakeNotAMismatch() throws Exception {
        var file = java.nio.file.Files.createTempFile("notater", ".txt");
        try {
            java.nio.file.Files.writeString(file, "Husk møtet på torsdag.\n");
            UploadRejected refused = null;
            try {
                no.vidsynt.content.upload.control.FileInspector.inspect(file, "notater.txt");
            } catch (UploadRejected rejected) {
                refused = rejected;
            }
            assertThat(refused).as("a .txt is refused").isNotNull();
            assertThat(refused.reason()).isEqualTo(UploadRejected.Reason.TYPE_NOT_ALLOWED);
            assertThat(ContentTexts.rejection(Locale.forLanguageTag("nb"), "notater.txt", refused))
                    .isEqualTo("Filen «notater.txt» ble avvist fordi innholdet er av en type vi ikke tar imot (.txt).");
        } finally {
            java.nio.file.Files.delete(file);
        }
    }
}
