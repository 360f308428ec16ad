package no.vidsynt.app.it.plugin.sample;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import no.vidsynt.core.progress.control.UnitCompleted;

/** Observes a core event: notes every completed unit in the programme's own table. */
@ApplicationScoped
public class SampleCompletions {

    @Inject
    SampleLedger ledger;

    void completed(@Observes UnitCompleted completed) {
        ledger.completed(completed.personId(), completed.courseId(), completed.unitId());
    }
}
