package no.vidsynt.core.learning.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import no.vidsynt.core.learning.control.LearnerActions;
import no.vidsynt.core.learning.control.Learning;
import no.vidsynt.core.people.entity.Role;
import no.vidsynt.core.progress.entity.UnitProgress;
import no.vidsynt.core.security.boundary.ApiCaller;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's own progress per unit, and "mark as done". */
@Path("v1/me/progress")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@RolesAllowed({Role.LEARNER_ROLE, Role.TRAINER_ROLE, Role.AUTHOR_ROLE, Role.LEADER_ROLE, Role.ADMIN_ROLE})
@Tag(name = "Learning")
@SecurityRequirement(name = "basic")
public class MyProgressResource {

    @Inject
    ApiCaller caller;

    @Inject
    Learning learning;

    @Inject
    LearnerActions actions;

    /** Progress in one unit; units without a row are not started. */
    public record ProgressView(
            long unitId,
            long courseId,
            String status,
            BigDecimal score,
            int timeSpentSeconds,
            Instant firstVisited,
            Instant lastVisited,
            Instant completedAt) {

        static ProgressView of(UnitProgress progress) {
            return new ProgressView(
                    progress.getUnitId(),
                    progress.getCourseId(),
                    progress.getStatus().name(),
                    progress.getScore(),
                    progress.getTimeSpentSeconds(),
                    progress.getFirstVisited(),
                    progress.getLastVisited(),
                    progress.getCompletedAt());
        }
    }

    @GET
    @Operation(summary = "The caller's progress rows (started, completed, passed or failed units)")
    public ResultPage<ProgressView> list(
            @QueryParam("course") @Parameter(description = "only this course") Long course,
            @QueryParam("page") @DefaultValue("0") @Parameter(description = "page number, from 0") int page,
            @QueryParam("size") @DefaultValue("50") @Parameter(description = "page size, 1..200") int size) {
        List<ProgressView> rows = learning.progress(caller.person().getId(), course).stream()
                .map(ProgressView::of)
                .toList();
        ResultPage.check(page, size, 200);
        return ResultPage.of(rows, page, size);
    }

    @POST
    @Path("{unitId}/done")
    @Operation(
            summary = "Marks a unit of the \"mark as done\" kind completed",
            description = "404 when the caller is not enrolled in the unit's course; 409 when the unit is not "
                    + "available yet (the reason is in the problem's detail) or is completed another way.")
    public ProgressView done(@PathParam("unitId") long unitId) {
        return ProgressView.of(actions.markDone(caller.person(), unitId, caller.locale()));
    }
}
