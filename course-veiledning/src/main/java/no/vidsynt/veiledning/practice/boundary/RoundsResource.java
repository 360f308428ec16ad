package no.vidsynt.veiledning.practice.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import no.vidsynt.core.people.entity.Role;
import no.vidsynt.core.security.boundary.CurrentPerson;
import no.vidsynt.veiledning.practice.control.FeedbackView;
import no.vidsynt.veiledning.practice.control.NoteView;
import no.vidsynt.veiledning.practice.control.PracticeRefused;
import no.vidsynt.veiledning.practice.control.PracticeRounds;
import no.vidsynt.veiledning.practice.control.RoundView;
import no.vidsynt.veiledning.practice.control.RoundWriting;
import no.vidsynt.veiledning.practice.entity.ChildPerspective;
import no.vidsynt.veiledning.practice.entity.Feedback;
import no.vidsynt.veiledning.practice.entity.NoteKind;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Practice rounds by session: everyone's role, the notes (preparation, case, reflection) and the observers'
 * feedback, each readable only by those it is for; anything else answers 404.
 */
@Path("v1/veiledning/rounds")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@RolesAllowed({Role.LEARNER_ROLE, Role.TRAINER_ROLE, Role.AUTHOR_ROLE, Role.LEADER_ROLE, Role.ADMIN_ROLE})
@Tag(name = "Veiledning practice")
@SecurityRequirement(name = "basic")
public class RoundsResource {

    @Inject
    CurrentPerson currentPerson;

    @Inject
    PracticeRounds rounds;

    @Inject
    RoundWriting writing;

    /** A note's text. */
    public record NoteInput(String body) {}

    /** An observer's feedback; childPerspective is YES, PARTLY or NO. */
    public record FeedbackInput(
            String whatWorked, String openingQuestions, ChildPerspective childPerspective, String tryNext) {}

    @GET
    @Path("mine")
    @Operation(summary = "The rounds of the caller's groups, with everyone's role")
    public List<RoundView> mine() {
        return rounds.mine(currentPerson.require());
    }

    @GET
    @Path("{sessionId: \\d+}")
    @Operation(summary = "The rounds of a session the caller may see (their own group's, or all for the trainer)")
    public List<RoundView> inSession(@PathParam("sessionId") long sessionId) {
        return rounds.inSession(currentPerson.require(), sessionId);
    }

    @GET
    @Path("{sessionId: \\d+}/notes")
    @Operation(summary = "The notes of the session the caller may read")
    public List<NoteView> notes(@PathParam("sessionId") long sessionId) {
        return writing.notes(currentPerson.require(), sessionId);
    }

    @PUT
    @Path("{sessionId: \\d+}/notes/{kind}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Write the caller's PREPARATION (supervisor), CASE (supervisee) or REFLECTION (supervisor)")
    public NoteView writeNote(@PathParam("sessionId") long sessionId, @PathParam("kind") String kind, NoteInput input) {
        NoteKind noteKind;
        try {
            noteKind = NoteKind.valueOf(kind);
        } catch (IllegalArgumentException unknown) {
            throw PracticeRefused.notFound();
        }
        return writing.writeNote(currentPerson.require(), sessionId, noteKind, input == null ? null : input.body());
    }

    @GET
    @Path("{sessionId: \\d+}/feedback")
    @Operation(summary = "The feedback of the session the caller may read")
    public List<FeedbackView> feedback(@PathParam("sessionId") long sessionId) {
        return writing.feedback(currentPerson.require(), sessionId);
    }

    @PUT
    @Path("{sessionId: \\d+}/feedback")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Write the caller's feedback to the supervisor, as an observer who attended")
    public FeedbackView writeFeedback(@PathParam("sessionId") long sessionId, FeedbackInput input) {
        Feedback.Content content = input == null
                ? null
                : new Feedback.Content(
                        input.whatWorked(), input.openingQuestions(), input.childPerspective(), input.tryNext());
        return writing.writeFeedback(currentPerson.require(), sessionId, content);
    }

    @GET
    @Path("feedback/{id: \\d+}")
    @Operation(summary = "One feedback: its author, the supervisor it is about and the trainer")
    public FeedbackView oneFeedback(@PathParam("id") long id) {
        return writing.oneFeedback(currentPerson.require(), id);
    }
}
