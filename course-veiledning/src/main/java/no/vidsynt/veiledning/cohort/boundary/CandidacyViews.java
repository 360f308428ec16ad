package no.vidsynt.veiledning.cohort.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.vidsynt.core.people.control.People;
import no.vidsynt.veiledning.cohort.control.VeiledningCohorts;
import no.vidsynt.veiledning.cohort.entity.Candidacy;

/** Turns candidacies into what the API and pages show: with the person's and the cohort's names. */
@ApplicationScoped
public class CandidacyViews {

    @Inject
    People people;

    @Inject
    VeiledningCohorts cohorts;

    public List<CandidacyJson.View> of(List<Candidacy> candidacies) {
        Map<Long, String> names = new HashMap<>();
        List<Long> ids =
                candidacies.stream().map(Candidacy::getPersonId).distinct().toList();
        if (!ids.isEmpty()) {
            people.byIds(ids).forEach(person -> names.put(person.getId(), person.getDisplayName()));
        }
        Map<Long, String> cohortNames = new HashMap<>();
        cohorts.all().forEach(plan -> cohortNames.put(plan.cohortId(), plan.name()));
        return candidacies.stream()
                .map(candidacy -> CandidacyJson.View.of(candidacy, names, cohortNames))
                .toList();
    }

    public CandidacyJson.View of(Candidacy candidacy) {
        return of(List.of(candidacy)).get(0);
    }
}
