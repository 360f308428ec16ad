package no.vidsynt.core.selfstudy.reflection.control;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import no.vidsynt.core.selfstudy.InvalidInput.StudyTexts;
import no.vidsynt.core.selfstudy.reflection.control.Journal.Answer;
import no.vidsynt.core.selfstudy.reflection.control.Journal.EntryView;

/**
 * The writer's own journal as a file to keep: Markdown (plain text any editor opens) or PDF (OpenPDF). Only ever
 * called with the writer's own entries ({@link Journal#mine}); nobody else's export contains them.
 */
public final class JournalExport {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d.M.yyyy HH:mm");

    private JournalExport() {}

    public static String markdown(String writerName, List<EntryView> entries, Locale locale) {
        StringBuilder out = new StringBuilder();
        out.append("# ")
                .append(StudyTexts.text(locale, "journal.title"))
                .append(" – ")
                .append(writerName)
                .append("\n\n");
        for (EntryView entry : entries) {
            out.append("## ").append(entry.unitTitle());
            if (!entry.courseTitle().isEmpty()) {
                out.append(" (").append(entry.courseTitle()).append(')');
            }
            out.append("\n\n*")
                    .append(status(entry, locale))
                    .append(", ")
                    .append(WHEN.format(entry.updatedAt().atZone(OSLO)))
                    .append("*\n\n");
            for (Answer answer : entry.answers()) {
                out.append("### ")
                        .append(answer.prompt())
                        .append("\n\n")
                        .append(answer.body().strip())
                        .append("\n\n");
            }
        }
        return out.toString();
    }

    public static byte[] pdf(String writerName, List<EntryView> entries, Locale locale) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 56, 56);
        try {
            PdfWriter.getInstance(document, bytes);
            document.addTitle(StudyTexts.text(locale, "journal.title"));
            document.addAuthor(writerName);
            document.open();
            Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, "Cp1252", 18);
            Font heading = FontFactory.getFont(FontFactory.HELVETICA_BOLD, "Cp1252", 14);
            Font prompt = FontFactory.getFont(FontFactory.HELVETICA_BOLDOBLIQUE, "Cp1252", 11);
            Font body = FontFactory.getFont(FontFactory.HELVETICA, "Cp1252", 11);
            Font small = FontFactory.getFont(FontFactory.HELVETICA_OBLIQUE, "Cp1252", 9);
            document.add(new Paragraph(StudyTexts.text(locale, "journal.title") + " – " + writerName, title));
            if (entries.isEmpty()) {
                document.add(new Paragraph(StudyTexts.text(locale, "journal.empty"), body));
            }
            for (EntryView entry : entries) {
                Paragraph unit = new Paragraph(
                        entry.unitTitle() + (entry.courseTitle().isEmpty() ? "" : " (" + entry.courseTitle() + ")"),
                        heading);
                unit.setSpacingBefore(14);
                document.add(unit);
                document.add(new Paragraph(
                        status(entry, locale) + ", "
                                + WHEN.format(entry.updatedAt().atZone(OSLO)),
                        small));
                for (Answer answer : entry.answers()) {
                    Paragraph question = new Paragraph(answer.prompt(), prompt);
                    question.setSpacingBefore(8);
                    document.add(question);
                    document.add(new Paragraph(answer.body().strip(), body));
                }
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not write the journal as PDF", e);
        }
        return bytes.toByteArray();
    }

    private static String status(EntryView entry, Locale locale) {
        return StudyTexts.text(locale, "entry.status." + entry.status().name());
    }
}
