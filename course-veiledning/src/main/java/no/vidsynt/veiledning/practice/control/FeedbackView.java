package no.vidsynt.veiledning.practice.control;

import java.io.Serializable;
import java.time.Instant;
import no.vidsynt.veiledning.practice.entity.ChildPerspective;
import no.vidsynt.veiledning.practice.entity.Feedback;

/** An observer's feedback as its readers (author, supervisor, trainer) see it. */
public record FeedbackView(
        long id,
        long sessionId,
        long authorId,
        String author,
        long supervisorId,
        String supervisor,
        String whatWorked,
        String openingQuestions,
        ChildPerspective childPerspective,
        String tryNext,
        Instant writtenAt)
        implements Serializable {

    static FeedbackView of(Feedback feedback, java.util.Map<Long, String> names) {
        var content = feedback.content();
        return new FeedbackView(
                feedback.getId(),
                feedback.getSessionId(),
                feedback.getAuthorId(),
                names.get(feedback.getAuthorId()),
                feedback.getSupervisorId(),
                names.get(feedback.getSupervisorId()),
                content.whatWorked(),
                content.openingQuestions(),
                content.childPerspective(),
                content.tryNext(),
                feedback.getWrittenAt());
    }
}
