package no.vidsynt.core.scheduling.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import no.vidsynt.core.progress.control.ProgressRecorder;

/**
 * Attendance completes the session's unit: scheduling tells progress, inside the marking's transaction. (Scheduling
 * knows progress; progress knows nothing of sessions.)
 */
@ApplicationScoped
public class AttendanceProgress {

    @Inject
    ProgressRecorder progress;

    void attended(@Observes SessionAttended attended) {
        if (attended.completesAUnit()) {
            progress.attended(attended.personId(), attended.unitId());
        }
    }
}
