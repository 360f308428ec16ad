package no.vidsynt.core.leader.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import no.vidsynt.core.leader.control.LeaderOverview;
import no.vidsynt.core.people.entity.Person;
import no.vidsynt.core.people.entity.Role;
import no.vidsynt.core.security.boundary.ApiCaller;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The leader's aggregate view: per course, how many in their units are enrolled, have started and have completed.
 * Counts are strings: a number of five or more, or "&lt;5".
 */
@Path("v1/leader/overview")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@RolesAllowed({Role.LEADER_ROLE, Role.ADMIN_ROLE})
@Tag(name = "Leader")
@SecurityRequirement(name = "basic")
public class LeaderOverviewResource {

    @Inject
    ApiCaller caller;

    @Inject
    LeaderOverview overview;

    @GET
    @Operation(summary = "Aggregated enrolment and completion for the caller's units (all units for administrators)")
    public LeaderOverview.Overview overview(
            @QueryParam("unit") @Parameter(description = "only this unit and those below it") Long unit,
            @QueryParam("course") @Parameter(description = "only this course") Long course) {
        Person person = caller.person();
        if (unit != null && !overview.unitsOf(person).contains(unit)) {
            throw new NotFoundException("There is no organisational unit " + unit + ".");
        }
        return overview.overview(person, unit, course);
    }
}
