package no.vidsynt.veiledning.practice.control;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import no.vidsynt.core.scheduling.control.SessionAttended;

/**
 * Observes the core's {@link SessionAttended}: when the trainer marks a trainee attended in a practice session, their
 * role in the round counts as attended (in the same transaction as the mark), before completion looks at it
 * ({@code completion.control.AttendedRoundCompletion} observes later).
 */
@ApplicationScoped
public class RoundAttendance {

    @Inject
    PracticeRounds rounds;

    void attended(@Observes @Priority(Interceptor.Priority.APPLICATION) SessionAttended event) {
        rounds.markAttended(event.sessionId(), event.personId());
    }
}
