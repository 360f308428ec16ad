package no.vidsynt.veiledning.completion.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import no.vidsynt.core.spi.CompletionRule;

/**
 * The programme's completion rule beyond the course's units: the trainee is in one of its cohorts, has attended the
 * cohort's N practice rounds with every role at least once, and has written its M logbook entries.
 */
@ApplicationScoped
public class ProgrammeCompletionRule implements CompletionRule {

    @Inject
    ProgrammeCohorts cohorts;

    @Inject
    ProgrammeCompletion completion;

    @Override
    public boolean met(long personId, long courseId) {
        return cohorts.ofTrainee(personId, courseId)
                .map(terms -> completion.checklist(personId, terms).beyondUnitsMet())
                .orElse(false);
    }
}
