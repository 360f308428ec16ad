package no.vidsynt.core.selfstudy.quiz.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import no.vidsynt.core.people.entity.Role;
import no.vidsynt.core.selfstudy.Caller;
import no.vidsynt.core.selfstudy.quiz.control.QuestionKind;
import no.vidsynt.core.selfstudy.quiz.control.QuizAnswer;
import no.vidsynt.core.selfstudy.quiz.control.QuizDefinition;
import no.vidsynt.core.selfstudy.quiz.control.Quizzes;
import no.vidsynt.core.selfstudy.quiz.control.Quizzes.AttemptView;
import no.vidsynt.core.selfstudy.quiz.control.Quizzes.QuizView;
import no.vidsynt.core.selfstudy.quiz.control.Quizzes.Standing;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Self-assessments over the API: the questions (without the answers), attempts, scores. */
@Path("v1/selfstudy")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
@RolesAllowed({Role.LEARNER_ROLE, Role.TRAINER_ROLE, Role.AUTHOR_ROLE, Role.LEADER_ROLE, Role.ADMIN_ROLE})
@Tag(name = "Self-study")
@SecurityRequirement(name = "basic")
public class QuizResource {

    /** A question as a learner gets it: no right answers, no feedback before submitting. */
    public record LearnerQuestion(String id, QuestionKind kind, String text, List<String> options) {}

    /** A quiz as a learner gets it. */
    public record LearnerQuiz(
            long unitId, String title, int passMark, Integer maxAttempts, List<LearnerQuestion> questions) {}

    /** The answers of one attempt. */
    public record Submission(List<QuizAnswer> answers) {}

    @Inject
    Quizzes quizzes;

    @Inject
    Caller caller;

    @GET
    @Path("quizzes/{unit}")
    @Operation(summary = "A self-assessment's questions, without the right answers")
    public LearnerQuiz quiz(@PathParam("unit") long unitId) {
        QuizView quiz = quizzes.quiz(unitId);
        return new LearnerQuiz(
                unitId,
                quiz.unit().title(),
                quiz.passMark(),
                quiz.maxAttempts(),
                quiz.definition().questions().stream()
                        .map(QuizResource::forLearner)
                        .toList());
    }

    @GET
    @Path("quizzes/{unit}/attempts")
    @Operation(summary = "The caller's attempts and results on a self-assessment")
    public Standing myResults(@PathParam("unit") long unitId) {
        return quizzes.standing(caller.person(), unitId);
    }

    @POST
    @Path("quizzes/{unit}/attempts")
    @Operation(summary = "Starts an attempt (or returns the open one); 409 when no attempts are left")
    public Response start(@PathParam("unit") long unitId) {
        AttemptView attempt = quizzes.start(caller.person(), unitId);
        return Response.status(Response.Status.CREATED).entity(attempt).build();
    }

    @POST
    @Path("attempts/{id}/submit")
    @Operation(summary = "Submits the answers of the caller's open attempt; returns score, pass/fail and feedback")
    public AttemptView submit(@PathParam("id") long attemptId, Submission submission) {
        if (submission == null) {
            throw new BadRequestException("Send {\"answers\": [...]}.");
        }
        return quizzes.submit(caller.person(), attemptId, submission.answers());
    }

    @GET
    @Path("attempts/{id}")
    @Operation(summary = "One of the caller's attempts (404 for anyone else's)")
    public AttemptView attempt(@PathParam("id") long attemptId) {
        return quizzes.attempt(caller.person(), attemptId);
    }

    static LearnerQuestion forLearner(QuizDefinition.Question question) {
        return new LearnerQuestion(
                question.id(),
                question.kind(),
                question.text(),
                question.options().stream().map(QuizDefinition.Option::text).toList());
    }
}
