package no.vidsynt.core.selfstudy.reflection.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import no.vidsynt.core.selfstudy.reflection.control.Journal.Answer;
import no.vidsynt.core.selfstudy.reflection.control.Journal.EntryView;
import no.vidsynt.core.selfstudy.reflection.entity.EntryStatus;
import org.junit.jupiter.api.Test;

class JournalExportTest {

    static final EntryView ENTRY = new EntryView(
            1,
            2,
            "Kultur hos oss",
            "Medarbeider 1",
            3,
            "Lise Larsen",
            EntryStatus.SUBMITTED,
            Instant.parse("2026-11-24T08:00:00Z"),
            Instant.parse("2026-11-24T08:00:00Z"),
            List.of(new Answer("Hvorfor gjør vi tingene sånn hos oss?", "Fordi vi alltid har gjort det – æøå.")),
            List.of());

    @Test
    void markdownHasTheWritersEntriesWithPromptsAndAnswers() {
        String markdown = JournalExport.markdown("Lise Larsen", List.of(ENTRY), Locale.forLanguageTag("nb"));
        assertThat(markdown)
                .startsWith("# Min refleksjonslogg – Lise Larsen")
                .contains("## Kultur hos oss (Medarbeider 1)")
                .contains("*Levert, 24.11.2026 09:00*")
                .contains("### Hvorfor gjør vi tingene sånn hos oss?\n\nFordi vi alltid har gjort det – æøå.");
    }

    @Test
    void pdfIsAPdf() {
        byte[] pdf = JournalExport.pdf("Lise Larsen", List.of(ENTRY), Locale.ENGLISH);
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(pdf.length).isGreaterThan(800);
        assertThat(JournalExport.pdf("Lise Larsen", List.of(), Locale.ENGLISH)).isNotEmpty();
    }
}
