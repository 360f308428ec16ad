package no.vidsynt.core.enrolment.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import no.vidsynt.core.catalogue.control.CourseCatalogue;
import no.vidsynt.core.enrolment.control.Enrolments;
import no.vidsynt.core.enrolment.entity.Cohort;
import no.vidsynt.core.people.entity.Role;
import no.vidsynt.core.security.boundary.ApiCaller;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Cohorts: groups that go through a course together from a start date. Everyone signed in may list a published
 * course's cohorts (to pick one when enrolling); administrators and leaders (for their units) create them.
 */
@Path("v1/courses/{courseId}/cohorts")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Enrolment")
@SecurityRequirement(name = "basic")
public class CohortsResource {

    @Inject
    Enrolments enrolments;

    @Inject
    CourseCatalogue catalogue;

    @Inject
    ApiCaller caller;

    /** A cohort as the API shows it. */
    public record CohortView(long id, long courseId, String name, LocalDate startDate, Long orgUnitId) {
        public static CohortView of(Cohort cohort) {
            return new CohortView(
                    cohort.getId(),
                    cohort.getCourseId(),
                    cohort.getName(),
                    cohort.getStartDate(),
                    cohort.getOrgUnitId());
        }
    }

    /** A new cohort or a change to one (a class: Payara's OpenAPI fails on constrained record components). */
    public static class CohortRequest {
        @NotBlank
        @Size(max = 200)
        public String name;

        @NotNull
        public LocalDate startDate;
        /** The unit the cohort belongs to (leaders: one they lead; administrators may leave it out). */
        public Long orgUnitId;
    }

    @GET
    @RolesAllowed({Role.LEARNER_ROLE, Role.TRAINER_ROLE, Role.AUTHOR_ROLE, Role.LEADER_ROLE, Role.ADMIN_ROLE})
    @Operation(summary = "The cohorts of a published course, by start date")
    public List<CohortView> list(@PathParam("courseId") long courseId) {
        catalogue
                .published(courseId)
                .orElseThrow(() -> new NotFoundException("There is no published course " + courseId + "."));
        return enrolments.cohorts(courseId).stream().map(CohortView::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.LEADER_ROLE, Role.ADMIN_ROLE})
    @Operation(
            summary = "Creates a cohort of a published course",
            description = "Leaders name one of the units they lead (orgUnitId); only its leaders and administrators "
                    + "may then change it, delete it or add members.")
    public Response create(@PathParam("courseId") long courseId, @Valid @NotNull CohortRequest request) {
        Cohort cohort =
                enrolments.createCohort(caller.person(), courseId, request.name, request.startDate, request.orgUnitId);
        return Response.created(URI.create("v1/cohorts/" + cohort.getId()))
                .entity(CohortView.of(cohort))
                .build();
    }
}
