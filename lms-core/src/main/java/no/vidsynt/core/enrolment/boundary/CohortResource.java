package no.vidsynt.core.enrolment.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import no.vidsynt.core.enrolment.boundary.CohortsResource.CohortRequest;
import no.vidsynt.core.enrolment.boundary.CohortsResource.CohortView;
import no.vidsynt.core.enrolment.control.Enrolments;
import no.vidsynt.core.people.entity.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One cohort by its own id: read (everyone signed in), change and delete (administrators and leaders). */
@Path("v1/cohorts/{cohortId}")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Enrolment")
@SecurityRequirement(name = "basic")
public class CohortResource {

    @Inject
    Enrolments enrolments;

    @GET
    @RolesAllowed({Role.LEARNER_ROLE, Role.TRAINER_ROLE, Role.AUTHOR_ROLE, Role.LEADER_ROLE, Role.ADMIN_ROLE})
    @Operation(summary = "One cohort")
    public CohortView get(@PathParam("cohortId") long cohortId) {
        return CohortView.of(enrolments.cohort(cohortId));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.LEADER_ROLE, Role.ADMIN_ROLE})
    @Operation(summary = "Renames a cohort or moves its start date")
    public CohortView change(@PathParam("cohortId") long cohortId, @Valid @NotNull CohortRequest request) {
        return CohortView.of(enrolments.changeCohort(cohortId, request.name, request.startDate));
    }

    @DELETE
    @RolesAllowed({Role.LEADER_ROLE, Role.ADMIN_ROLE})
    @Operation(summary = "Deletes a cohort; its members stay enrolled in the course")
    public Response delete(@PathParam("cohortId") long cohortId) {
        enrolments.deleteCohort(cohortId);
        return Response.noContent().build();
    }
}
