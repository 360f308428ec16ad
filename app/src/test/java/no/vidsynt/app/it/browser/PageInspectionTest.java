package no.vidsynt.app.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The crawler's text rules: they catch the leaks the journeys issue found and leave ordinary bokmål alone. */
class PageInspectionTest {

    private static List<String> keys(String text) {
        return PageInspection.rawKeys(text).stream()
                .map(PageInspection.Hit::match)
                .toList();
    }

    private static List<String> english(String text) {
        return PageInspection.wrongLanguage(text, "nb").stream()
                .map(PageInspection.Hit::match)
                .toList();
    }

    @Test
    void catchesMissingKeysPlaceholdersAndCodes() {
        assertThat(keys("Brukt i 0} enheter")).containsExactly("0}");
        assertThat(keys("viser versjon {0}")).containsExactly("{0}");
        assertThat(keys("???session.kind.practice???")).contains("???session.kind.practice???");
        assertThat(keys("course.published")).containsExactly("course.published");
        assertThat(keys("org_unit #2")).containsExactly("org_unit");
        assertThat(keys("Type: PRACTICE_TRAINING")).containsExactly("PRACTICE_TRAINING");
    }

    @Test
    void leavesAddressesFilesAndAbbreviationsAlone() {
        assertThat(keys("Skriv til lise@example.no, f.eks. om clip.webm, bl.a. på vidsynt.no. Kl. 09:00–12:00."))
                .isEmpty();
        assertThat(keys("2 av 3 fullført (67 %)")).isEmpty();
    }

    @Test
    void findsEnglishInTheBokmaalUiButNotNorwegianWords() {
        assertThat(english("Show Password")).containsExactly("Show", "Password");
        assertThat(english("We could not find the session.")).contains("We could not", "the", "session");
        assertThat(english("09:00–12:00 PM")).containsExactly("PM");
        assertThat(english("Snakk med to kolleger for å se hva som er under arbeid. Handling: Administrator"))
                .isEmpty();
    }

    @Test
    void findsBokmaalInTheEnglishUiByInterfaceWordsOnly() {
        assertThat(PageInspection.wrongLanguage("Lagre endringene", "en"))
                .extracting(PageInspection.Hit::match)
                .containsExactly("Lagre");
        assertThat(PageInspection.wrongLanguage("Kultur og språk på arbeidsplassen", "en"))
                .isEmpty();
    }
}
