package no.vidsynt.veiledning.certificate.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import no.vidsynt.core.security.boundary.CurrentPerson;
import no.vidsynt.veiledning.certificate.control.CertificateCodes;
import no.vidsynt.veiledning.certificate.control.Certificates;
import no.vidsynt.veiledning.certificate.entity.Certificate;
import no.vidsynt.veiledning.completion.control.CompletionChecklist;
import no.vidsynt.veiledning.completion.control.ProgrammeCompletion;
import no.vidsynt.veiledning.logbook.boundary.PageTexts;

/** Backs "Mitt kursbevis": what completing takes and how far the trainee is, and their certificates to download. */
@Named
@RequestScoped
public class CertificatePage {

    @Inject
    CurrentPerson currentPerson;

    @Inject
    Certificates certificates;

    @Inject
    ProgrammeCompletion completion;

    private List<Certificate> mine;

    public List<Certificate> getCertificates() {
        if (mine == null) {
            mine = certificates.mine(currentPerson.require().getId());
        }
        return mine;
    }

    public CompletionChecklist getChecklist() {
        return completion.checklist(currentPerson.require().getId()).orElse(null);
    }

    public String itemText(CompletionChecklist.Item item) {
        return PageTexts.text(item.labelKey(), item.have(), item.need());
    }

    public String code(Certificate certificate) {
        return CertificateCodes.display(certificate.getCode());
    }

    /**
     * The verification page of this server, below the context path: the page's link works wherever the app runs. The
     * PDF and the mail print the public address ({@code vidsynt.base-url}), which need not be the one in use.
     */
    public String verificationPath(Certificate certificate) {
        return "/veiledning/verify.xhtml?code=" + CertificateCodes.display(certificate.getCode());
    }

    public String period(Certificate certificate) {
        return PageTexts.text(
                "certificate.periodValue",
                PageTexts.date(certificate.getPeriodFrom()),
                PageTexts.date(certificate.getPeriodTo()));
    }

    public String revokedOn(Certificate certificate) {
        return certificate.getRevokedAt() == null
                ? ""
                : PageTexts.date(LocalDate.ofInstant(certificate.getRevokedAt(), ZoneId.of("Europe/Oslo")));
    }
}
