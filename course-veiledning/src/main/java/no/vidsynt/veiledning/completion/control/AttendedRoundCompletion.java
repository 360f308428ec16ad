package no.vidsynt.veiledning.completion.control;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import no.vidsynt.core.scheduling.control.SessionAttended;

/**
 * An attended practice round can be the last thing a trainee lacked: after the practice feature has counted the round
 * (it observes the same event first), the programme's completion is settled again, in the trainer's transaction.
 */
@ApplicationScoped
public class AttendedRoundCompletion {

    @Inject
    ProgrammeCompletion completion;

    void attended(@Observes @Priority(Interceptor.Priority.APPLICATION + 100) SessionAttended event) {
        completion.settle(event.personId());
    }
}
