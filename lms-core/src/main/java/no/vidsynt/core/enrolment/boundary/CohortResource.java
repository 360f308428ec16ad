package no.vidsynt.core.enrolment.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import no.vidsynt.core.enrolment.boundary.CohortsResource.CohortRequest;
import no.vidsynt.core.enrolment.boundary.CohortsResource.CohortView;
import no.vidsynt.core.enrolment.control.Enrolments;
import no.vidsynt.core.people.entity.Role;
import no.vidsynt.core.security.boundary.ApiCaller;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * One cohort by its own id: read (everyone signed in); change, delete and add members (administrators, and the leaders
 * of the cohort's unit).
 */
@Path("v1/cohorts/{cohortId}")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Enrolment")
@SecurityRequirement(name = "basic")
public class CohortResource {

    @Inject
    Enrolments enrolments;

    @Inject
    ApiCaller caller;

    /** A person to add to the cohort. */
    public static class MemberRequest {
        @NotNull
        public Long personId;
    }

    /** A member of a cohort. */
    public record MemberView(long personId, long courseId, Long cohortId, String status) {}

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
        return CohortView.of(enrolments.changeCohort(caller.person(), cohortId, request.name, request.startDate));
    }

    @DELETE
    @RolesAllowed({Role.LEADER_ROLE, Role.ADMIN_ROLE})
    @Operation(summary = "Deletes a cohort; its members stay enrolled in the course")
    public Response delete(@PathParam("cohortId") long cohortId) {
        enrolments.deleteCohort(caller.person(), cohortId);
        return Response.noContent().build();
    }

    @GET
    @Path("members")
    @RolesAllowed({Role.LEADER_ROLE, Role.ADMIN_ROLE})
    @Operation(summary = "The people in a cohort (for those who may manage it)")
    public List<MemberView> members(@PathParam("cohortId") long cohortId) {
        enrolments.requireMayManageCohort(caller.person(), enrolments.cohort(cohortId));
        return enrolments.cohortMembers(cohortId).stream()
                .map(CohortResource::view)
                .toList();
    }

    @POST
    @Path("members")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.LEADER_ROLE, Role.ADMIN_ROLE})
    @Operation(summary = "Adds a person of the cohort's unit to the cohort (enrolling them in the course)")
    public MemberView addMember(@PathParam("cohortId") long cohortId, @Valid @NotNull MemberRequest request) {
        return view(enrolments.addToCohort(caller.person(), cohortId, request.personId));
    }

    private static MemberView view(no.vidsynt.core.enrolment.entity.Enrolment enrolment) {
        return new MemberView(
                enrolment.getPersonId(),
                enrolment.getCourseId(),
                enrolment.getCohortId(),
                enrolment.getStatus().name());
    }
}
