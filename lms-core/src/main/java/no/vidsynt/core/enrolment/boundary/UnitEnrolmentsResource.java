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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import no.vidsynt.core.enrolment.control.Enrolments;
import no.vidsynt.core.people.entity.Role;
import no.vidsynt.core.security.boundary.ApiCaller;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Standing enrolments of an organisational unit: everyone in the unit and below takes the course, also people who join
 * later. Administrators for any unit, leaders for the units they lead; any other unit answers 404.
 */
@Path("v1/org-units/{unitId}/enrolments")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@RolesAllowed({Role.LEADER_ROLE, Role.ADMIN_ROLE})
@Tag(name = "Enrolment")
@SecurityRequirement(name = "basic")
public class UnitEnrolmentsResource {

    @Inject
    ApiCaller caller;

    @Inject
    Enrolments enrolments;

    /** The course to enrol the unit in, optionally into one of its cohorts (a class: see EnrolRequest). */
    public static class UnitEnrolRequest {
        @NotNull
        public Long courseId;

        public Long cohortId;
    }

    /** A standing enrolment, and (when just made) how many people it enrolled. */
    public record UnitEnrolmentView(
            long unitId, long courseId, String createdBy, Instant createdAt, Integer enrolledNow) {}

    @GET
    @Operation(summary = "The unit's standing enrolments")
    public List<UnitEnrolmentView> list(@PathParam("unitId") long unitId) {
        return enrolments.unitEnrolments(caller.person(), unitId).stream()
                .map(rule -> new UnitEnrolmentView(
                        rule.getOrgUnitId(), rule.getCourseId(), rule.getCreatedBy(), rule.getCreatedAt(), null))
                .toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Enrols the unit (and the units below it) in a published course",
            description = "Everyone there now is enrolled, and people who join the unit later are enrolled too.")
    public Response enrol(@PathParam("unitId") long unitId, @Valid @NotNull UnitEnrolRequest request) {
        int enrolled = enrolments.enrolUnit(caller.person(), unitId, request.courseId, request.cohortId);
        var rule = enrolments.unitEnrolments(caller.person(), unitId).stream()
                .filter(candidate -> candidate.getCourseId() == request.courseId)
                .findFirst()
                .orElseThrow();
        return Response.status(Response.Status.CREATED)
                .entity(new UnitEnrolmentView(
                        unitId, request.courseId, rule.getCreatedBy(), rule.getCreatedAt(), enrolled))
                .build();
    }

    /** How many a removed standing enrolment withdrew. */
    public record UndoneView(long unitId, long courseId, int withdrawn) {}

    @DELETE
    @Path("{courseId}")
    @Operation(
            summary = "Undoes the unit's standing enrolment in a course",
            description = "People who join later are no longer enrolled; those it enrolled who have not started are "
                    + "withdrawn; those who started keep their enrolment and progress.")
    public UndoneView undo(@PathParam("unitId") long unitId, @PathParam("courseId") long courseId) {
        return new UndoneView(unitId, courseId, enrolments.undoUnitEnrolment(caller.person(), unitId, courseId));
    }
}
