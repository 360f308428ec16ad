package no.vidsynt.veiledning.certificate.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import no.vidsynt.core.security.boundary.CurrentPerson;
import no.vidsynt.veiledning.certificate.control.CertificateCodes;
import no.vidsynt.veiledning.certificate.control.Certificates;
import no.vidsynt.veiledning.certificate.entity.Certificate;
import no.vidsynt.veiledning.completion.control.ProgrammeRefusal;
import no.vidsynt.veiledning.logbook.boundary.PageTexts;

/** Backs the trainer's list of certificates of the cohorts they train, where one can be revoked with a reason. */
@Named
@ViewScoped
public class TrainerCertificatesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CurrentPerson currentPerson;

    @Inject
    transient Certificates certificates;

    private transient List<Certificate> list;
    private Long revoking;
    private String reason;

    public List<Certificate> getCertificates() {
        if (list == null) {
            list = certificates.ofTrainedCohorts(currentPerson.require());
        }
        return list;
    }

    public String code(Certificate certificate) {
        return CertificateCodes.display(certificate.getCode());
    }

    public String period(Certificate certificate) {
        return PageTexts.text(
                "certificate.periodValue",
                PageTexts.date(certificate.getPeriodFrom()),
                PageTexts.date(certificate.getPeriodTo()));
    }

    /** Opens the reason form for one certificate. */
    public void startRevoking(long id) {
        revoking = id;
        reason = null;
    }

    public String revoke() {
        if (revoking == null) {
            return null;
        }
        try {
            Certificate revoked = certificates.revoke(currentPerson.require(), revoking, reason);
            PageTexts.done("certificate.revokedNow", revoked.getHolderName());
        } catch (ProgrammeRefusal refused) {
            PageTexts.refused(refused, "revoke");
            return null;
        }
        return "/veiledning/certificates?faces-redirect=true";
    }

    public String cancel() {
        return "/veiledning/certificates?faces-redirect=true";
    }

    public Long getRevoking() {
        return revoking;
    }

    public Certificate getRevokingCertificate() {
        return revoking == null
                ? null
                : getCertificates().stream()
                        .filter(c -> c.getId().equals(revoking))
                        .findFirst()
                        .orElse(null);
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
