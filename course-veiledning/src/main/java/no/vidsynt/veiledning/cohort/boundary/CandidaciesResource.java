package no.vidsynt.veiledning.cohort.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import no.vidsynt.core.people.entity.Person;
import no.vidsynt.core.people.entity.Role;
import no.vidsynt.core.scheduling.control.Retrying;
import no.vidsynt.core.security.boundary.ApiCaller;
import no.vidsynt.veiledning.cohort.control.Admissions;
import no.vidsynt.veiledning.cohort.control.Candidacies;
import no.vidsynt.veiledning.cohort.control.TraineeCounts;
import no.vidsynt.veiledning.cohort.entity.Candidacy;
import no.vidsynt.veiledning.cohort.entity.CandidacyStatus;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The way into Veiledning: nominations and applications, the leader's approval, the trainer's admission, waiting list
 * and rejection, and withdrawal. A person sees their own candidacies, a leader those of the units they lead, trainers
 * and administrators all; any other id answers 404.
 */
@Path("v1/veiledning/candidacies")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@RolesAllowed({Role.LEARNER_ROLE, Role.TRAINER_ROLE, Role.AUTHOR_ROLE, Role.LEADER_ROLE, Role.ADMIN_ROLE})
@Tag(name = "Veiledning")
@SecurityRequirement(name = "basic")
public class CandidaciesResource {

    @Inject
    ApiCaller caller;

    @Inject
    Candidacies candidacies;

    @Inject
    Admissions admissions;

    @Inject
    TraineeCounts counts;

    @Inject
    CandidacyViews views;

    @Inject
    Retrying retrying;

    @GET
    @Operation(summary = "The candidacies the caller may see, newest first (optionally in one status)")
    public List<CandidacyJson.View> list(@QueryParam("status") CandidacyStatus status) {
        return views.of(candidacies.visibleTo(caller.person(), status));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Nominates a person (leaders, for their units) or applies (no personId, or one's own)",
            description = "A nomination is NOMINATED at once; an application is APPLIED until the leader decides.")
    public Response propose(CandidacyJson.Proposal proposal) {
        Person me = caller.person();
        CandidacyJson.Proposal body = proposal == null ? new CandidacyJson.Proposal() : proposal;
        Candidacy candidacy = body.personId == null || body.personId.equals(me.getId())
                ? candidacies.apply(me, body.motivation)
                : candidacies.nominate(me, body.personId, body.motivation);
        return Response.created(URI.create("v1/veiledning/candidacies/" + candidacy.getId()))
                .entity(views.of(candidacy))
                .build();
    }

    @GET
    @Path("overview")
    @RolesAllowed({Role.LEADER_ROLE, Role.ADMIN_ROLE})
    @Operation(summary = "Trainees of the caller's units in aggregate: nominated, in progress, completed (\"<5\")")
    public TraineeCounts.Overview overview() {
        return counts.of(caller.person());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One candidacy")
    public CandidacyJson.View get(@PathParam("id") long id) {
        return views.of(candidacies.visible(caller.person(), id));
    }

    @POST
    @Path("{id}/approve")
    @RolesAllowed({Role.LEADER_ROLE, Role.ADMIN_ROLE})
    @Operation(summary = "The leader approves an application")
    public CandidacyJson.View approve(@PathParam("id") long id) {
        return views.of(candidacies.approve(caller.person(), id));
    }

    @POST
    @Path("{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.LEADER_ROLE, Role.TRAINER_ROLE, Role.ADMIN_ROLE})
    @Operation(summary = "Rejects with a reason: an application (its leader) or a candidate (the trainer)")
    public CandidacyJson.View reject(@PathParam("id") long id, CandidacyJson.Reason body) {
        Person me = caller.person();
        String reason = body == null ? null : body.reason;
        Candidacy seen = candidacies.visible(me, id);
        Candidacy rejected = seen.getStatus() == CandidacyStatus.APPLIED
                ? candidacies.rejectApplication(me, id, reason)
                : admissions.reject(me, id, reason);
        return views.of(rejected);
    }

    @POST
    @Path("{id}/admit")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.TRAINER_ROLE, Role.ADMIN_ROLE})
    @Operation(
            summary = "Admits the candidate into a cohort the caller runs",
            description = "A full cohort wait-lists the candidate instead: the answer's status says which.")
    public CandidacyJson.View admit(@PathParam("id") long id, CandidacyJson.CohortChoice body) {
        Person me = caller.person();
        long cohort = cohortOf(body);
        return views.of(retrying.run(() -> admissions.admit(me, id, cohort)));
    }

    @POST
    @Path("{id}/waitlist")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.TRAINER_ROLE, Role.ADMIN_ROLE})
    @Operation(summary = "Puts the candidate on a cohort's waiting list")
    public CandidacyJson.View waitlist(@PathParam("id") long id, CandidacyJson.CohortChoice body) {
        Person me = caller.person();
        long cohort = cohortOf(body);
        return views.of(retrying.run(() -> admissions.waitlist(me, id, cohort)));
    }

    @POST
    @Path("{id}/withdraw")
    @Operation(summary = "Withdraws: the person themselves, or the cohort's trainer (the enrolment ends too)")
    public CandidacyJson.View withdraw(@PathParam("id") long id, CandidacyJson.Reason body) {
        return views.of(candidacies.withdraw(caller.person(), id, body == null ? null : body.reason));
    }

    private static long cohortOf(CandidacyJson.CohortChoice body) {
        if (body == null || body.cohortId == null) {
            throw new jakarta.ws.rs.BadRequestException("Name the cohort (cohortId).");
        }
        return body.cohortId;
    }
}
