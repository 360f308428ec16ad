package no.vidsynt.veiledning.certificate.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import no.vidsynt.core.people.entity.Role;
import no.vidsynt.core.security.boundary.ApiCaller;
import no.vidsynt.veiledning.certificate.control.CertificateMails;
import no.vidsynt.veiledning.certificate.control.CertificatePdf;
import no.vidsynt.veiledning.certificate.control.Certificates;
import no.vidsynt.veiledning.certificate.entity.Certificate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Certificates (kursbevis): the caller's own (as JSON and PDF), the ones a trainer may revoke, revoking, and the
 * public verification of a code, which says valid, revoked or not found and shows only what the certificate shows.
 */
@Path("v1/veiledning/certificates")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@RolesAllowed({Role.LEARNER_ROLE, Role.TRAINER_ROLE, Role.AUTHOR_ROLE, Role.LEADER_ROLE, Role.ADMIN_ROLE})
@Tag(name = "Veiledning")
@SecurityRequirement(name = "basic")
public class CertificatesResource {

    @Inject
    ApiCaller caller;

    @Inject
    Certificates certificates;

    @Inject
    CertificateMails mails;

    /** Why a certificate is revoked; told to its holder only. */
    public record Revocation(@NotNull String reason) {}

    /**
     * The public answer about a code: status VALID with the certificate's own statements, REVOKED with only the time
     * it was revoked (never the reason), or NOT_FOUND.
     */
    public record VerificationView(
            String status,
            String holder,
            String programme,
            String cohort,
            LocalDate periodFrom,
            LocalDate periodTo,
            Integer hours,
            Instant revokedAt) {}

    @GET
    @Operation(summary = "The caller's own certificates")
    public List<CertificateView> mine() {
        return certificates.mine(caller.person().getId()).stream()
                .map(this::view)
                .toList();
    }

    @GET
    @Path("{id: \\d+}")
    @Operation(summary = "One of the caller's own certificates")
    public CertificateView one(@PathParam("id") long id) {
        return view(certificates.mine(caller.person(), id));
    }

    @GET
    @Path("{id: \\d+}/certificate.pdf")
    @Produces("application/pdf")
    @Operation(summary = "One of the caller's own certificates as PDF")
    public Response pdf(@PathParam("id") long id) {
        Certificate certificate = certificates.mine(caller.person(), id);
        byte[] pdf = CertificatePdf.pdf(certificate, mails.verificationUrl(certificate), caller.locale());
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"kursbevis.pdf\"")
                .header("Cache-Control", "private, no-store")
                .build();
    }

    @GET
    @Path("trained")
    @Operation(summary = "For a trainer: the certificates of the cohorts they train (an administrator: all)")
    public List<CertificateView> trained() {
        return certificates.ofTrainedCohorts(caller.person()).stream()
                .map(this::view)
                .toList();
    }

    @POST
    @Path("{id: \\d+}/revoke")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Revokes a certificate with a reason (the cohort's trainer or an administrator)",
            description = "404 for anyone else; 409 when it is revoked already. The holder is mailed the reason.")
    public CertificateView revoke(@PathParam("id") long id, @Valid @NotNull Revocation revocation) {
        return view(certificates.revoke(caller.person(), id, revocation.reason()));
    }

    @GET
    @Path("verify/{code}")
    @PermitAll
    @Operation(summary = "Public: whether a certificate code is valid, revoked or unknown")
    public VerificationView verify(@PathParam("code") String code) {
        Certificates.Verification verification = certificates.verify(code);
        Certificate found = verification.certificate();
        if (found == null) {
            return new VerificationView(verification.status().name(), null, null, null, null, null, null, null);
        }
        if (found.isRevoked()) {
            return new VerificationView(
                    verification.status().name(), null, null, null, null, null, null, found.getRevokedAt());
        }
        return new VerificationView(
                verification.status().name(),
                found.getHolderName(),
                no.vidsynt.veiledning.completion.control.VeiledningTexts.get(caller.locale(), "veiledning.name"),
                found.getCohortName(),
                found.getPeriodFrom(),
                found.getPeriodTo(),
                found.getHours(),
                found.getRevokedAt());
    }

    private CertificateView view(Certificate certificate) {
        return CertificateView.of(certificate, mails.verificationUrl(certificate));
    }
}
