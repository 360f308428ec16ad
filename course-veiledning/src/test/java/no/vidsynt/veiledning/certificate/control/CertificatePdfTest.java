package no.vidsynt.veiledning.certificate.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import no.vidsynt.veiledning.certificate.entity.Certificate;
import org.junit.jupiter.api.Test;

class CertificatePdfTest {

    @Test
    void theCertificateStatesTheHolderCohortPeriodGoalsIssuerAndCode() throws Exception {
        String code = CertificateCodes.generate();
        Certificate certificate = new Certificate(
                code,
                new Certificate.Statement(
                        7,
                        3,
                        "Åse Ødegård",
                        "Kull 1 – høsten 2026",
                        LocalDate.of(2026, 8, 17),
                        LocalDate.of(2027, 1, 29),
                        60),
                Instant.parse("2027-01-29T12:00:00Z"));
        byte[] pdf = CertificatePdf.pdf(
                certificate, "https://vidsynt.example/veiledning/verify.xhtml", Locale.forLanguageTag("nb"));

        String text = new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1);
        assertThat(text)
                .contains("Kursbevis")
                .contains("Åse Ødegård")
                .contains("Kull 1 – høsten 2026")
                .contains("17. august 2026")
                .contains("60 timer")
                .contains("barnets prosjekt")
                .contains("RVTS Sør")
                .contains(CertificateCodes.display(code));
    }
}
