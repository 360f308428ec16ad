package no.vidsynt.veiledning.certificate.control;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.util.Locale;
import no.vidsynt.core.platform.PdfFonts;
import no.vidsynt.veiledning.certificate.entity.Certificate;
import no.vidsynt.veiledning.completion.control.VeiledningTexts;

/**
 * The certificate as an A4 PDF: holder, programme, cohort, period, hours, the programme's learning goals, the issuer,
 * and the code with the public address that verifies it.
 */
public final class CertificatePdf {

    /** How many learning goals the bundle has ({@code certificate.goal.1} ...). */
    static final int GOALS = 4;

    private CertificatePdf() {}

    public static byte[] pdf(Certificate certificate, String verificationUrl, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 60, 60, 70, 60);
        PdfWriter.getInstance(document, out);
        document.open();
        Font title = PdfFonts.bold(26);
        Font name = PdfFonts.bold(20);
        Font heading = PdfFonts.bold(12);
        Font normal = PdfFonts.regular(11);
        Font small = PdfFonts.regular(9);
        document.add(centred(text(locale, "certificate.pdf.title"), title, 0));
        document.add(centred(text(locale, "certificate.pdf.certifies"), normal, 24));
        document.add(centred(certificate.getHolderName(), name, 8));
        document.add(centred(text(locale, "certificate.pdf.completed", text(locale, "veiledning.name")), normal, 8));
        document.add(centred(certificate.getCohortName(), heading, 4));
        document.add(centred(
                text(
                        locale,
                        "certificate.pdf.period",
                        VeiledningTexts.date(certificate.getPeriodFrom(), locale),
                        VeiledningTexts.date(certificate.getPeriodTo(), locale),
                        certificate.getHours()),
                normal,
                4));
        Paragraph goals = new Paragraph(text(locale, "certificate.pdf.goals"), heading);
        goals.setSpacingBefore(28);
        document.add(goals);
        for (int i = 1; i <= GOALS; i++) {
            Paragraph goal = new Paragraph("•  " + text(locale, "certificate.goal." + i), normal);
            goal.setIndentationLeft(12);
            goal.setSpacingBefore(3);
            document.add(goal);
        }
        Paragraph issuer = new Paragraph(
                text(
                        locale,
                        "certificate.pdf.issuer",
                        VeiledningTexts.date(
                                certificate
                                        .getIssuedAt()
                                        .atZone(java.time.ZoneId.of("Europe/Oslo"))
                                        .toLocalDate(),
                                locale)),
                normal);
        issuer.setSpacingBefore(28);
        document.add(issuer);
        Paragraph code = new Paragraph(
                text(locale, "certificate.pdf.code", CertificateCodes.display(certificate.getCode())), heading);
        code.setSpacingBefore(28);
        document.add(code);
        document.add(new Paragraph(text(locale, "certificate.pdf.verify", verificationUrl), small));
        document.close();
        return out.toByteArray();
    }

    private static Paragraph centred(String text, Font font, float spacingBefore) {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        paragraph.setSpacingBefore(spacingBefore);
        return paragraph;
    }

    private static String text(Locale locale, String key, Object... arguments) {
        return VeiledningTexts.get(locale, key, arguments);
    }
}
