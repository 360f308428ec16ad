package no.vidsynt.core.organisation.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
import java.net.URI;
import java.util.List;
import no.vidsynt.core.organisation.control.OrgUnits;
import no.vidsynt.core.organisation.entity.OrgUnit;
import no.vidsynt.core.people.boundary.PeopleResource;
import no.vidsynt.core.people.control.Refused;
import no.vidsynt.core.people.entity.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The organisational tree (region > department > team): anyone signed in reads it; administrators create, rename
 * and place units and assign their leaders.
 */
@Path("v1/org-units")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@RolesAllowed(Role.ADMIN_ROLE)
@Tag(name = "Organisation")
@SecurityRequirement(name = "basic")
public class OrgUnitsResource {

    @Inject
    OrgUnits orgUnits;

    /** A new unit: at the top (a region) without parentId, else under that unit; the kind follows the parent. */
    public record NewUnit(String name, Long parentId) {}

    /** A unit's new name and place; parentId null puts it at the top. */
    public record UnitChange(String name, Long parentId) {}

    @GET
    @RolesAllowed({Role.LEARNER_ROLE, Role.TRAINER_ROLE, Role.AUTHOR_ROLE, Role.LEADER_ROLE, Role.ADMIN_ROLE})
    @Operation(
            summary = "The whole tree",
            description = "Every unit, parents before children, with path, depth, "
                    + "leaders and the number of direct members.")
    public List<OrgUnits.Overview> tree() {
        return orgUnits.overview();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Role.LEARNER_ROLE, Role.TRAINER_ROLE, Role.AUTHOR_ROLE, Role.LEADER_ROLE, Role.ADMIN_ROLE})
    @Operation(summary = "One unit")
    @APIResponse(responseCode = "404", description = "No such unit")
    public OrgUnits.Overview get(@PathParam("id") long id) {
        return overview(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a unit")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "409", description = "A sibling has that name")
    public Response create(NewUnit unit) {
        PeopleResource.requireBody(unit);
        OrgUnit created = orgUnits.create(unit.name(), unit.parentId());
        return Response.created(URI.create("v1/org-units/" + created.getId()))
                .entity(overview(created.getId()))
                .build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rename a unit and place it under another parent")
    public OrgUnits.Overview update(@PathParam("id") long id, UnitChange change) {
        PeopleResource.requireBody(change);
        orgUnits.rename(id, change.name());
        orgUnits.move(id, change.parentId());
        return overview(id);
    }

    @PUT
    @Path("{id}/leaders/{personId}")
    @Operation(summary = "Make a person a leader of the unit (grants the leader role)")
    public OrgUnits.Overview addLeader(@PathParam("id") long id, @PathParam("personId") long personId) {
        orgUnits.addLeader(id, personId);
        return overview(id);
    }

    @DELETE
    @Path("{id}/leaders/{personId}")
    @Operation(summary = "Remove a leader from the unit")
    public OrgUnits.Overview removeLeader(@PathParam("id") long id, @PathParam("personId") long personId) {
        orgUnits.removeLeader(id, personId);
        return overview(id);
    }

    private OrgUnits.Overview overview(long id) {
        return orgUnits.overview().stream()
                .filter(unit -> unit.id() == id)
                .findFirst()
                .orElseThrow(Refused::notFound);
    }
}
