package no.vidsynt.content.delivery.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import no.vidsynt.core.progress.control.ProgressRecorder;

/** Turns a completed content unit (a package that reported completion, a film watched to the end) into progress. */
@ApplicationScoped
public class ContentProgress {

    @Inject
    ProgressRecorder progress;

    void completed(@Observes ContentCompleted completed) {
        progress.reportCompleted(completed.personId(), completed.unitId());
    }
}
