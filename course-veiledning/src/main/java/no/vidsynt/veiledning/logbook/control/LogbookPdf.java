package no.vidsynt.veiledning.logbook.control;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;
import no.vidsynt.core.platform.PdfFonts;
import no.vidsynt.veiledning.completion.control.VeiledningTexts;
import no.vidsynt.veiledning.logbook.entity.LogEntry;

/** The writer's own logbook as a printable A4 PDF (OpenPDF, DejaVu for Norwegian letters), oldest entry first. */
public final class LogbookPdf {

    private LogbookPdf() {}

    public static byte[] pdf(String writer, List<LogEntry> entries, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 50, 50, 50, 50);
        PdfWriter.getInstance(document, out);
        document.open();
        Font heading = PdfFonts.bold(18);
        Font subheading = PdfFonts.bold(12);
        Font normal = PdfFonts.regular(10.5f);
        Font label = PdfFonts.bold(10.5f);
        document.add(new Paragraph(VeiledningTexts.get(locale, "logbook.pdf.title"), heading));
        document.add(new Paragraph(writer, normal));
        document.add(new Paragraph(VeiledningTexts.get(locale, "logbook.pdf.count", entries.size()), normal));
        List<LogEntry> oldestFirst = new java.util.ArrayList<>(entries);
        java.util.Collections.reverse(oldestFirst);
        for (LogEntry entry : oldestFirst) {
            Paragraph title = new Paragraph(
                    VeiledningTexts.date(entry.getGivenOn(), locale) + " – " + entry.getTheme(), subheading);
            title.setSpacingBefore(14);
            document.add(title);
            document.add(new Paragraph(
                    VeiledningTexts.get(
                            locale,
                            "logbook.pdf.facts",
                            entry.getMinutes(),
                            VeiledningTexts.get(locale, "logbook.mode." + entry.getMode()),
                            entry.getParticipants()),
                    normal));
            field(document, locale, "logbook.method", entry.getMethod(), label, normal);
            field(document, locale, "logbook.whatWorked", entry.getWhatWorked(), label, normal);
            field(document, locale, "logbook.reflection", entry.getReflection(), label, normal);
        }
        document.close();
        return out.toByteArray();
    }

    private static void field(Document document, Locale locale, String key, String text, Font label, Font normal) {
        Paragraph name = new Paragraph(VeiledningTexts.get(locale, key), label);
        name.setSpacingBefore(4);
        document.add(name);
        document.add(new Paragraph(text, normal));
    }
}
