package no.vidsynt.core.scheduling.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SignInSheetsTest {

    private static final Locale NB = Locale.forLanguageTag("nb");
    private static final OffsetDateTime START = OffsetDateTime.parse("2026-03-29T10:00+02:00");

    private static SessionSummary session() {
        return new SessionSummary(
                7,
                "PRACTICE_TRAINING",
                "Praksistrening",
                "Samtalen med barnet",
                "veiledning",
                null,
                null,
                null,
                START,
                START.plusHours(2),
                "Kristiansand",
                null,
                20,
                2,
                1,
                true,
                null,
                null,
                null,
                60,
                "SCHEDULED",
                List.of("Tor Trener"),
                null,
                null,
                null);
    }

    private static final List<RosterEntry> ROSTER = List.of(
            new RosterEntry(1, 11, "Lise Larsen", "lise@demo.vidsynt.no", "BOOKED", null, null, "ATTENDED", "secret"),
            new RosterEntry(2, 12, "=cmd|' /C calc'!A0", "evil@example.no", "BOOKED", null, null, null, null),
            new RosterEntry(3, 13, "Arne Aas", "arne@demo.vidsynt.no", "WAITLISTED", 1L, null, null, null));

    @Test
    void theCsvListsTheBookedWithoutNotesAndDefusesFormulas() {
        String csv = SignInSheets.csv(session(), ROSTER, NB);
        assertThat(csv).startsWith("\uFEFF\"Navn\";\"E-post\";\"Oppmøte\"");
        assertThat(csv)
                .contains(
                        "\"Lise Larsen\";\"lise@demo.vidsynt.no\";\"Møtt\";\"Samtalen med barnet\";\"29.03.2026 10:00\"");
        assertThat(csv).contains("\"'=cmd|' /C calc'!A0\"");
        assertThat(csv).doesNotContain("Arne").doesNotContain("secret");
        assertThat(csv.split("\r\n")).hasSize(3);
    }

    @Test
    void thePdfIsAPdf() {
        byte[] pdf = SignInSheets.pdf(session(), ROSTER, NB);
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        assertThat(pdf.length).isGreaterThan(800);
    }

    @Test
    void thePdfKeepsTheEnDashAndTheMiddleDot() throws Exception {
        byte[] pdf = SignInSheets.pdf(session(), ROSTER, NB);
        var reader = new com.lowagie.text.pdf.PdfReader(pdf);
        String text = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader).getTextFromPage(1);
        assertThat(text).contains("10:00–12:00").contains("Samtalen med barnet – Praksistrening");
        assertThat(no.vidsynt.core.platform.PdfFonts.covers('·')).isTrue();
        assertThat(no.vidsynt.core.platform.PdfFonts.covers('–')).isTrue();
    }
}
