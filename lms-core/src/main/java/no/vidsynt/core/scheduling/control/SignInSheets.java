package no.vidsynt.core.scheduling.control;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import no.vidsynt.core.platform.PdfFonts;

/**
 * The sign-in sheet of a session: the people booked, with a column to sign, as CSV (for spreadsheets) and as a
 * printable A4 PDF (OpenPDF). Trainer notes are not on it: the sheet goes around the room.
 */
public final class SignInSheets {

    /** Oslo wall-clock time as people read it and spreadsheets recognise it (not ISO's "2026-03-01T09:00"). */
    static final DateTimeFormatter SPREADSHEET_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private SignInSheets() {}

    /** CSV with a header row, semicolon-separated as Norwegian spreadsheets expect, UTF-8 with a byte-order mark. */
    public static String csv(SessionSummary session, List<RosterEntry> roster, Locale locale) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        csv.append(String.join(
                        ";",
                        cell(SchedulingTexts.get(locale, "sheet.name")),
                        cell(SchedulingTexts.get(locale, "sheet.email")),
                        cell(SchedulingTexts.get(locale, "sheet.attendance")),
                        cell(SchedulingTexts.get(locale, "sheet.session")),
                        cell(SchedulingTexts.get(locale, "sheet.start"))))
                .append("\r\n");
        String start = SPREADSHEET_TIME.format(session.start().toInstant().atZone(CalendarDocuments.OSLO));
        for (RosterEntry entry : booked(roster)) {
            String attendance =
                    entry.attendance() == null ? "" : SchedulingTexts.get(locale, "attendance." + entry.attendance());
            csv.append(String.join(
                            ";",
                            cell(entry.name()),
                            cell(entry.email()),
                            cell(attendance),
                            cell(session.title()),
                            cell(start)))
                    .append("\r\n");
        }
        return csv.toString();
    }

    public static byte[] pdf(SessionSummary session, List<RosterEntry> roster, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 40, 40, 40, 40);
        PdfWriter.getInstance(document, out);
        document.open();
        Font heading = PdfFonts.bold(16);
        Font normal = PdfFonts.regular(11);
        Font bold = PdfFonts.bold(11);
        document.add(new Paragraph(SchedulingTexts.get(locale, "sheet.title"), heading));
        document.add(new Paragraph(session.title() + " – " + session.kindLabel(), bold));
        document.add(new Paragraph(
                SchedulingTexts.dateTime(session.start().toInstant(), locale) + "–"
                        + SchedulingTexts.time(session.end().toInstant(), locale),
                normal));
        String where = session.place() != null ? session.place() : session.videoLink();
        if (where != null) {
            document.add(new Paragraph(where, normal));
        }
        if (!session.trainers().isEmpty()) {
            document.add(new Paragraph(
                    SchedulingTexts.get(locale, "sheet.trainers") + ": " + String.join(", ", session.trainers()),
                    normal));
        }
        document.add(new Paragraph(" "));
        PdfPTable table = new PdfPTable(new float[] {0.5f, 3f, 3f, 3.5f});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String key : List.of("sheet.number", "sheet.name", "sheet.email", "sheet.signature")) {
            PdfPCell cell = new PdfPCell(new Phrase(SchedulingTexts.get(locale, key), bold));
            cell.setPadding(6);
            table.addCell(cell);
        }
        int number = 0;
        for (RosterEntry entry : booked(roster)) {
            for (String text : List.of(String.valueOf(++number), entry.name(), entry.email(), "")) {
                PdfPCell cell = new PdfPCell(new Phrase(text, normal));
                cell.setMinimumHeight(28);
                cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
                cell.setPadding(6);
                table.addCell(cell);
            }
        }
        document.add(table);
        document.close();
        return out.toByteArray();
    }

    private static List<RosterEntry> booked(List<RosterEntry> roster) {
        return roster.stream().filter(e -> "BOOKED".equals(e.status())).toList();
    }

    /** Quotes a CSV cell; a leading =, +, - or @ is neutralised so spreadsheets do not run it as a formula. */
    static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
