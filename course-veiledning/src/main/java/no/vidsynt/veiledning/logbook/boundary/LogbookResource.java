package no.vidsynt.veiledning.logbook.boundary;

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
import no.vidsynt.core.people.entity.Person;
import no.vidsynt.core.people.entity.Role;
import no.vidsynt.core.security.boundary.ApiCaller;
import no.vidsynt.veiledning.logbook.control.LogDraft;
import no.vidsynt.veiledning.logbook.control.Logbook;
import no.vidsynt.veiledning.logbook.control.LogbookPdf;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The caller's own supervision logbook (veiledningslogg): list, write, change, delete, share with the cohort's
 * trainer, export as PDF; and the trainer's view of one trainee (the count and the shared entries). Everyone else,
 * leaders and other trainees alike, gets 404.
 */
@Path("v1/veiledning/logbook")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@RolesAllowed({Role.LEARNER_ROLE, Role.TRAINER_ROLE, Role.AUTHOR_ROLE, Role.LEADER_ROLE, Role.ADMIN_ROLE})
@Tag(name = "Veiledning")
@SecurityRequirement(name = "basic")
public class LogbookResource {

    @Inject
    ApiCaller caller;

    @Inject
    Logbook logbook;

    /** Whether the entry is shared with the trainer. */
    public record Sharing(@NotNull Boolean shared) {}

    /** A trainee's logbook as their trainer sees it. */
    public record TrainerView(long traineeId, int entries, List<LogEntryView> shared) {}

    @GET
    @Operation(summary = "The caller's own entries, newest first (404 when the caller is no trainee)")
    public List<LogEntryView> mine() {
        return logbook.mine(caller.person()).stream().map(LogEntryView::of).toList();
    }

    @GET
    @Path("{id: \\d+}")
    @Operation(summary = "One of the caller's own entries")
    public LogEntryView one(@PathParam("id") long id) {
        return LogEntryView.of(logbook.mine(caller.person(), id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Writes an entry",
            description = "400 with one error per field; free text with an identity number is refused.")
    public Response write(@NotNull LogDraft draft) {
        return Response.status(Response.Status.CREATED)
                .entity(LogEntryView.of(logbook.write(caller.person(), draft)))
                .build();
    }

    @PUT
    @Path("{id: \\d+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Changes one of the caller's own entries")
    public LogEntryView change(@PathParam("id") long id, @NotNull LogDraft draft) {
        return LogEntryView.of(logbook.change(caller.person(), id, draft));
    }

    @DELETE
    @Path("{id: \\d+}")
    @Operation(summary = "Deletes one of the caller's own entries")
    public Response delete(@PathParam("id") long id) {
        logbook.delete(caller.person(), id);
        return Response.noContent().build();
    }

    @PUT
    @Path("{id: \\d+}/shared")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Shares the entry with the cohort's trainer, or stops sharing it")
    public LogEntryView share(@PathParam("id") long id, @Valid @NotNull Sharing sharing) {
        return LogEntryView.of(logbook.share(caller.person(), id, sharing.shared()));
    }

    @GET
    @Path("export.pdf")
    @Produces("application/pdf")
    @Operation(summary = "The caller's own logbook as PDF")
    public Response pdf() {
        Person person = caller.person();
        byte[] pdf = LogbookPdf.pdf(person.getDisplayName(), logbook.mine(person), caller.locale());
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"veiledningslogg.pdf\"")
                .header("Cache-Control", "private, no-store")
                .build();
    }

    @GET
    @Path("trainees/{personId: \\d+}")
    @Operation(summary = "For the trainee's trainer: how many entries, and the entries shared")
    public TrainerView trainee(@PathParam("personId") long personId) {
        Logbook.TrainerView view = logbook.forTrainer(caller.person(), personId);
        return new TrainerView(
                view.traineeId(),
                view.entries(),
                view.shared().stream().map(LogEntryView::of).toList());
    }
}
