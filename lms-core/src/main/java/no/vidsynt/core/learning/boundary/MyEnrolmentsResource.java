package no.vidsynt.core.learning.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.vidsynt.core.enrolment.control.Enrolments;
import no.vidsynt.core.enrolment.entity.Enrolment;
import no.vidsynt.core.learning.control.Learning;
import no.vidsynt.core.people.entity.Person;
import no.vidsynt.core.people.entity.Role;
import no.vidsynt.core.security.boundary.ApiCaller;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's own enrolments: list, enrol in an open course, withdraw. Nobody reaches another person's. */
@Path("v1/me/enrolments")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@RolesAllowed({Role.LEARNER_ROLE, Role.TRAINER_ROLE, Role.AUTHOR_ROLE, Role.LEADER_ROLE, Role.ADMIN_ROLE})
@Tag(name = "Learning")
@SecurityRequirement(name = "basic")
public class MyEnrolmentsResource {

    @Inject
    ApiCaller caller;

    @Inject
    Enrolments enrolments;

    @Inject
    Learning learning;

    /** An enrolment with the course's title and how far the caller is. */
    public record EnrolmentView(
            long courseId,
            String courseTitle,
            String status,
            String source,
            Long cohortId,
            Instant enrolledAt,
            Instant completedAt,
            Integer unitsDone,
            Integer unitsNeeded) {}

    /**
     * What to enrol in: a course, optionally into one of its cohorts. A class, not a record: Payara's OpenAPI
     * generator fails on constraint annotations of record components.
     */
    public static class EnrolRequest {
        @NotNull
        public Long courseId;

        public Long cohortId;
    }

    @GET
    @Operation(summary = "The caller's enrolments, newest first (withdrawn ones with status WITHDRAWN)")
    public ResultPage<EnrolmentView> list(
            @QueryParam("status") @Parameter(description = "ACTIVE, COMPLETED or WITHDRAWN") String status,
            @QueryParam("page") @DefaultValue("0") @Parameter(description = "page number, from 0") int page,
            @QueryParam("size") @DefaultValue("20") @Parameter(description = "page size, 1..100") int size) {
        Enrolment.Status wanted = parseStatus(status);
        List<EnrolmentView> views = views(caller.person()).stream()
                .filter(view -> wanted == null || view.status().equals(wanted.name()))
                .toList();
        ResultPage.check(page, size, 100);
        return ResultPage.of(views, page, size);
    }

    @GET
    @Path("{courseId}")
    @Operation(summary = "The caller's enrolment in one course")
    public EnrolmentView get(@PathParam("courseId") long courseId) {
        return views(caller.person()).stream()
                .filter(view -> view.courseId() == courseId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("You have no enrolment in course " + courseId + "."));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Enrols the caller in a published course that is open for self-enrolment",
            description = "Enrolling again after a withdrawal restores the earlier progress.")
    public Response enrol(@Valid @NotNull EnrolRequest request) {
        Person person = caller.person();
        Enrolment enrolment = enrolments.enrolSelf(person.getId(), request.courseId, request.cohortId);
        return Response.created(URI.create("v1/me/enrolments/" + enrolment.getCourseId()))
                .entity(get(enrolment.getCourseId()))
                .build();
    }

    @DELETE
    @Path("{courseId}")
    @Operation(summary = "Withdraws the caller from a course; the progress is kept")
    public Response withdraw(@PathParam("courseId") long courseId) {
        enrolments.withdraw(caller.person().getId(), courseId);
        return Response.noContent().build();
    }

    private List<EnrolmentView> views(Person person) {
        Map<Long, Learning.CourseSummary> summaries = learning.myCourses(person).stream()
                .collect(Collectors.toMap(Learning.CourseSummary::courseId, Function.identity()));
        var titles = learning.courseTitles(enrolments.of(person.getId()).stream()
                .map(Enrolment::getCourseId)
                .toList());
        return enrolments.of(person.getId()).stream()
                .map(enrolment -> {
                    Learning.CourseSummary summary = summaries.get(enrolment.getCourseId());
                    return new EnrolmentView(
                            enrolment.getCourseId(),
                            titles.get(enrolment.getCourseId()),
                            enrolment.getStatus().name(),
                            enrolment.getSource().name(),
                            enrolment.getCohortId(),
                            enrolment.getEnrolledAt(),
                            enrolment.getCompletedAt(),
                            summary == null ? null : summary.progress().done(),
                            summary == null ? null : summary.progress().needed());
                })
                .toList();
    }

    private static Enrolment.Status parseStatus(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return Enrolment.Status.valueOf(status.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("Unknown status '" + status + "': use ACTIVE, COMPLETED or WITHDRAWN.");
        }
    }
}
