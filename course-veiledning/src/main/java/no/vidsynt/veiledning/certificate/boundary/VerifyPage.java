package no.vidsynt.veiledning.certificate.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.ZoneId;
import no.vidsynt.veiledning.certificate.control.Certificates;
import no.vidsynt.veiledning.certificate.entity.Certificate;
import no.vidsynt.veiledning.logbook.boundary.PageTexts;

/**
 * Backs the public verification page: a code typed or followed from a certificate (GET, so the address can be
 * printed on the certificate), answered valid with exactly what the certificate shows, revoked with its date, or not
 * found. Nothing else about the holder, and never the reason for revoking.
 */
@Named
@RequestScoped
public class VerifyPage {

    @Inject
    Certificates certificates;

    private String code;
    private Certificates.Verification verification;

    /** The code from the address ({@code ?code=...}), as typed. */
    public String getCode() {
        if (code == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            String typed = faces == null
                    ? null
                    : faces.getExternalContext().getRequestParameterMap().get("code");
            code = typed == null ? "" : typed.strip();
        }
        return code;
    }

    public boolean isAsked() {
        return !getCode().isEmpty();
    }

    public Certificates.Verification getVerification() {
        if (verification == null && isAsked()) {
            verification = certificates.verify(getCode());
        }
        return verification;
    }

    public String getStatus() {
        return isAsked() ? getVerification().status().name() : "";
    }

    public Certificate getCertificate() {
        return isAsked() ? getVerification().certificate() : null;
    }

    public String getPeriod() {
        Certificate certificate = getCertificate();
        return certificate == null
                ? ""
                : PageTexts.text(
                        "certificate.periodValue",
                        PageTexts.date(certificate.getPeriodFrom()),
                        PageTexts.date(certificate.getPeriodTo()));
    }

    public String getRevokedOn() {
        Certificate certificate = getCertificate();
        return certificate == null || certificate.getRevokedAt() == null
                ? ""
                : PageTexts.date(LocalDate.ofInstant(certificate.getRevokedAt(), ZoneId.of("Europe/Oslo")));
    }
}
