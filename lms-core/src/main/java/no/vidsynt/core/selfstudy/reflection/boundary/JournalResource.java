package no.vidsynt.core.selfstudy.reflection.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
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
import no.vidsynt.core.people.entity.Person;
import no.vidsynt.core.people.entity.Role;
import no.vidsynt.core.selfstudy.Caller;
import no.vidsynt.core.selfstudy.reflection.control.Journal;
import no.vidsynt.core.selfstudy.reflection.control.Journal.EntryView;
import no.vidsynt.core.selfstudy.reflection.control.JournalExport;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The reflection journal over the API. Every entry is private to its writer and the people they shared it with:
 * anyone else, leaders included, gets 404 for it.
 */
@Path("v1/selfstudy")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
@RolesAllowed({Role.LEARNER_ROLE, Role.TRAINER_ROLE, Role.AUTHOR_ROLE, Role.LEADER_ROLE, Role.ADMIN_ROLE})
@Tag(name = "Self-study")
@SecurityRequirement(name = "basic")
public class JournalResource {

    /** The answers to a reflection's prompts, in order. */
    public record Answers(List<String> answers) {}

    /** Share with one person ({@code personId}) or with one of the writer's groups ({@code orgUnitId}). */
    public record ShareRequest(Long personId, Long orgUnitId) {}

    /** A reflection unit's prompts, and the caller's own entry for it if any. */
    public record ReflectionUnit(long unitId, String title, List<String> prompts, EntryView entry) {}

    @Inject
    Journal journal;

    @Inject
    Caller caller;

    @GET
    @Path("reflections/{unit}")
    @Operation(summary = "A reflection unit's prompts and the caller's own entry")
    public ReflectionUnit reflection(@PathParam("unit") long unitId) {
        return new ReflectionUnit(
                unitId,
                journal.unit(unitId).title(),
                journal.prompts(unitId),
                journal.ownEntry(caller.person(), unitId).orElse(null));
    }

    @PUT
    @Path("reflections/{unit}/draft")
    @Operation(summary = "Saves the caller's draft (at most 20,000 characters per answer)")
    public EntryView saveDraft(@PathParam("unit") long unitId, Answers answers) {
        return journal.saveDraft(caller.person(), unitId, required(answers).answers());
    }

    @POST
    @Path("reflections/{unit}/submit")
    @Operation(summary = "Submits the caller's reflection (every prompt answered); completes the unit")
    public EntryView submit(@PathParam("unit") long unitId, Answers answers) {
        return journal.submit(caller.person(), unitId, required(answers).answers());
    }

    @GET
    @Path("journal")
    @Operation(summary = "The caller's own journal entries, newest first, optionally searched")
    public List<EntryView> mine(@QueryParam("q") String query) {
        return journal.mine(caller.person(), query);
    }

    @GET
    @Path("journal/shared-with-me")
    @Operation(summary = "Entries other people shared with the caller")
    public List<EntryView> sharedWithMe() {
        return journal.sharedWith(caller.person());
    }

    @GET
    @Path("journal/{id}")
    @Operation(summary = "One journal entry, if the caller wrote it or it was shared with them (else 404)")
    public EntryView entry(@PathParam("id") long entryId) {
        return journal.read(caller.person(), entryId);
    }

    @POST
    @Path("journal/{id}/shares")
    @Operation(summary = "Shares the caller's own entry with a person or one of the caller's groups")
    public EntryView share(@PathParam("id") long entryId, ShareRequest request) {
        Person writer = caller.person();
        if (request == null || (request.personId() == null) == (request.orgUnitId() == null)) {
            throw new BadRequestException("Give either personId or orgUnitId.");
        }
        return request.personId() != null
                ? journal.shareWithPerson(writer, entryId, request.personId())
                : journal.shareWithGroup(writer, entryId, request.orgUnitId());
    }

    @DELETE
    @Path("journal/{id}/shares/{share}")
    @Operation(summary = "Withdraws one sharing of the caller's own entry")
    public EntryView withdraw(@PathParam("id") long entryId, @PathParam("share") long shareId) {
        return journal.withdraw(caller.person(), entryId, shareId);
    }

    @GET
    @Path("journal/export")
    @Produces({"text/markdown", "application/pdf"})
    @Operation(summary = "The caller's own journal as Markdown (format=markdown) or PDF (format=pdf)")
    public Response export(
            @QueryParam("format") String format, @QueryParam("q") String query, @QueryParam("lang") String language) {
        Person writer = caller.person();
        Locale locale = no.vidsynt.core.platform.web.Languages.supportedOrDefault(
                language == null ? writer.getPreferredLanguage() : language);
        List<EntryView> entries = journal.mine(writer, query);
        if ("pdf".equals(format)) {
            return Response.ok(JournalExport.pdf(writer.getDisplayName(), entries, locale), "application/pdf")
                    .header("Content-Disposition", "attachment; filename=\"refleksjonslogg.pdf\"")
                    .build();
        }
        if (format == null || "markdown".equals(format)) {
            return Response.ok(
                            JournalExport.markdown(writer.getDisplayName(), entries, locale),
                            "text/markdown; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"refleksjonslogg.md\"")
                    .build();
        }
        throw new BadRequestException("format is markdown or pdf.");
    }

    private static Answers required(Answers answers) {
        if (answers == null || answers.answers() == null) {
            throw new BadRequestException("Send {\"answers\": [...]}, one text per prompt.");
        }
        return answers;
    }
}
