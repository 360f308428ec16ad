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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import no.vidsynt.core.people.entity.Person;
import no.vidsynt.core.people.entity.Role;
import no.vidsynt.core.security.boundary.ApiCaller;
import no.vidsynt.veiledning.cohort.control.CohortMembers;
import no.vidsynt.veiledning.cohort.control.Cohorts;
import no.vidsynt.veiledning.cohort.control.VeiledningCohorts;
import no.vidsynt.veiledning.cohort.entity.CandidacyStatus;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Veiledning's cohorts (kull): everyone signed in may read them (their period and plan); trainers and administrators
 * create them; a cohort's trainer (and administrators) see its trainees and its waiting list.
 */
@Path("v1/veiledning/cohorts")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@RolesAllowed({Role.LEARNER_ROLE, Role.TRAINER_ROLE, Role.AUTHOR_ROLE, Role.LEADER_ROLE, Role.ADMIN_ROLE})
@Tag(name = "Veiledning")
@SecurityRequirement(name = "basic")
public class CohortsResource {

    @Inject
    ApiCaller caller;

    @Inject
    Cohorts cohortMaking;

    @Inject
    VeiledningCohorts cohorts;

    @Inject
    CohortMembers members;

    @Inject
    CandidacyViews views;

    /** A new cohort (a class: Payara's OpenAPI fails on constrained record components). */
    public static class NewCohort {
        /** Left out: the programme's course. */
        public Long courseId;

        public String name;
        public LocalDate startDate;
        public LocalDate endDate;
        public Integer seats;
        /** Which teaching days and practice rounds. */
        public String plan;
        /** Practice sessions to attend (N), each role at least once. */
        public Integer requiredSessions;
        /** Logbook entries to write (M). */
        public Integer requiredLogbookEntries;
        /** The hours the certificate states. */
        public Integer hours;
        /** Administrators may name the trainer; trainers train their own cohorts. */
        public Long trainerId;
    }

    @GET
    @Operation(summary = "The programme's cohorts, the latest start first")
    public List<VeiledningCohorts.Plan> list() {
        return cohorts.all();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.TRAINER_ROLE, Role.ADMIN_ROLE})
    @Operation(summary = "Creates a cohort of the programme's course with its plan")
    public Response create(NewCohort body) {
        NewCohort in = body == null ? new NewCohort() : body;
        VeiledningCohorts.Plan plan = cohortMaking.create(
                caller.person(),
                new Cohorts.NewCohort(
                        in.courseId,
                        in.name,
                        in.startDate,
                        in.endDate,
                        in.seats,
                        in.plan,
                        in.requiredSessions,
                        in.requiredLogbookEntries,
                        in.hours,
                        in.trainerId));
        return Response.created(URI.create("v1/veiledning/cohorts/" + plan.cohortId()))
                .entity(plan)
                .build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One cohort and its plan")
    public VeiledningCohorts.Plan get(@PathParam("id") long id) {
        return cohorts.require(id);
    }

    @GET
    @Path("{id}/members")
    @RolesAllowed({Role.TRAINER_ROLE, Role.ADMIN_ROLE})
    @Operation(summary = "The cohort's trainees and the course's units each has done (for its trainer)")
    public List<CohortMembers.Member> members(@PathParam("id") long id) {
        return members.of(caller.person(), id);
    }

    @GET
    @Path("{id}/waitlist")
    @RolesAllowed({Role.TRAINER_ROLE, Role.ADMIN_ROLE})
    @Operation(summary = "Who waits for a seat in the cohort, in order (for its trainer)")
    public List<CandidacyJson.View> waitlist(@PathParam("id") long id) {
        Person me = caller.person();
        Cohorts.requireRuns(me, cohorts.require(id));
        return views.of(members.inCohort(id, CandidacyStatus.WAITLISTED));
    }
}
