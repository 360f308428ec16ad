package no.vidsynt.veiledning.practice.boundary;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import no.vidsynt.core.people.entity.Role;
import no.vidsynt.core.security.boundary.CurrentPerson;
import no.vidsynt.veiledning.VeiledningModule;
import no.vidsynt.veiledning.practice.control.GroupView;
import no.vidsynt.veiledning.practice.control.PracticeGroups;
import no.vidsynt.veiledning.practice.control.PracticeRefused;
import no.vidsynt.veiledning.practice.control.PracticeRounds;
import no.vidsynt.veiledning.practice.control.RoundView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Veiledning's practice groups: the cohort's trainer forms them and assigns them to practice sessions (the roles
 * rotate); members read their own group. Anything else answers 404.
 */
@Path("v1/veiledning/groups")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@RolesAllowed({Role.LEARNER_ROLE, Role.TRAINER_ROLE, Role.AUTHOR_ROLE, Role.LEADER_ROLE, Role.ADMIN_ROLE})
@Tag(name = "Veiledning practice")
@SecurityRequirement(name = "basic")
public class GroupsResource {

    @Inject
    CurrentPerson currentPerson;

    @Inject
    PracticeGroups groups;

    @Inject
    PracticeRounds rounds;

    @Inject
    VeiledningModule module;

    /** A group to create (with its cohort) or change (name and members, in order). */
    public record GroupInput(Long cohortId, String name, List<Long> memberIds) {
        PracticeGroups.Draft draft() {
            return new PracticeGroups.Draft(name, memberIds);
        }
    }

    /** The session a group practises in next. */
    public record RoundInput(Long sessionId) {}

    @GET
    @Operation(summary = "The practice groups of a cohort (its trainer)")
    public List<GroupView> ofCohort(@QueryParam("cohort") long cohortId) {
        return groups.ofCohort(currentPerson.require(), cohortId);
    }

    @GET
    @Path("members")
    @Operation(summary = "The cohort's members, whom the trainer forms groups from")
    public List<GroupView.Member> members(@QueryParam("cohort") long cohortId) {
        return groups.cohortMembers(currentPerson.require(), cohortId);
    }

    @GET
    @Path("suggestion")
    @Operation(summary = "The cohort's members split evenly into groups of three or four (nothing is saved)")
    public List<PracticeGroups.Draft> suggestion(@QueryParam("cohort") long cohortId) {
        String pattern = module.text("practice.group.defaultName", Locale.forLanguageTag("nb"));
        return groups.suggestion(currentPerson.require(), cohortId, pattern);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Form a group of three or four of the cohort's members")
    public Response create(GroupInput input) {
        if (input == null || input.cohortId() == null) {
            throw PracticeRefused.invalidInput("practice.refused.cohortRequired");
        }
        GroupView created = groups.create(currentPerson.require(), input.cohortId(), input.draft());
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @GET
    @Path("{id: \\d+}")
    @Operation(summary = "One group (its trainer and its members)")
    public GroupView one(@PathParam("id") long id) {
        return groups.one(currentPerson.require(), id);
    }

    @PUT
    @Path("{id: \\d+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rename a group or change its members")
    public GroupView change(@PathParam("id") long id, GroupInput input) {
        return groups.change(currentPerson.require(), id, input == null ? null : input.draft());
    }

    @DELETE
    @Path("{id: \\d+}")
    @Operation(summary = "Remove a group with its rounds")
    public Response delete(@PathParam("id") long id) {
        groups.delete(currentPerson.require(), id);
        return Response.noContent().build();
    }

    @GET
    @Path("{id: \\d+}/rounds")
    @Operation(summary = "The group's rounds with everyone's role, oldest first")
    public List<RoundView> rounds(@PathParam("id") long id) {
        return rounds.ofGroup(currentPerson.require(), id);
    }

    @POST
    @Path("{id: \\d+}/rounds")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Assign the group to a practice session; the roles follow the rotation")
    public Response assign(@PathParam("id") long id, RoundInput input) {
        if (input == null || input.sessionId() == null) {
            throw PracticeRefused.invalidInput("practice.refused.sessionRequired");
        }
        RoundView round = rounds.assign(currentPerson.require(), id, input.sessionId());
        return Response.status(Response.Status.CREATED).entity(round).build();
    }

    @DELETE
    @Path("{id: \\d+}/rounds/{sessionId: \\d+}")
    @Operation(summary = "Take the group out of a session again (before anyone is marked attended)")
    public Response unassign(@PathParam("id") long id, @PathParam("sessionId") long sessionId) {
        rounds.unassign(currentPerson.require(), id, sessionId);
        return Response.noContent().build();
    }
}
