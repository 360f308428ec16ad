package no.vidsynt.app.it.plugin.sample;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import no.vidsynt.core.spi.CompletionRule;

/**
 * The test programme's completion rule beyond units: a course counts as completed only when the programme's ledger
 * holds two completed steps of it, optional ones included (the course itself asks only for its required step).
 */
@ApplicationScoped
public class TwoStepsRecorded implements CompletionRule {

    @Inject
    SampleLedger ledger;

    @Override
    public boolean met(long personId, long courseId) {
        return ledger.completions(personId, courseId) >= 2;
    }
}
