package no.vidsynt.veiledning.practice.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import no.vidsynt.core.scheduling.control.SessionAttended;

/**
 * Observes the core's {@link SessionAttended}: when the trainer marks a trainee attended in a practice session, their
 * role in the round counts as attended (in the same transaction as the mark).
 */
@ApplicationScoped
public class RoundAttendance {

    @Inject
    PracticeRounds rounds;

    void attended(@Observes SessionAttended event) {
        rounds.markAttended(event.sessionId(), event.personId());
    }
}
