package no.vidsynt.veiledning.certificate.boundary;

import java.time.Instant;
import java.time.LocalDate;
import no.vidsynt.veiledning.certificate.control.CertificateCodes;
import no.vidsynt.veiledning.certificate.entity.Certificate;

/** A certificate as its holder (or the trainer who may revoke it) sees it in the API. */
public record CertificateView(
        long id,
        String code,
        String holder,
        String cohort,
        LocalDate periodFrom,
        LocalDate periodTo,
        int hours,
        Instant issuedAt,
        Instant revokedAt,
        String verificationUrl) {

    public static CertificateView of(Certificate certificate, String verificationUrl) {
        return new CertificateView(
                certificate.getId(),
                CertificateCodes.display(certificate.getCode()),
                certificate.getHolderName(),
                certificate.getCohortName(),
                certificate.getPeriodFrom(),
                certificate.getPeriodTo(),
                certificate.getHours(),
                certificate.getIssuedAt(),
                certificate.getRevokedAt(),
                verificationUrl);
    }
}
