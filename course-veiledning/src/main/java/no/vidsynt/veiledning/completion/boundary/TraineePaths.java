package no.vidsynt.veiledning.completion.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import no.vidsynt.core.platform.web.Languages;
import no.vidsynt.core.security.boundary.CurrentPerson;
import no.vidsynt.veiledning.completion.control.CompletionChecklist;
import no.vidsynt.veiledning.completion.control.ProgrammeCohorts;
import no.vidsynt.veiledning.completion.control.ProgrammeCompletion;
import no.vidsynt.veiledning.completion.control.VeiledningTexts;
import no.vidsynt.veiledning.practice.control.PracticeRecord;
import no.vidsynt.veiledning.practice.entity.PracticeRole;

/**
 * Each trainee's path on the trainer's cohort page: practice rounds (per role), logbook entries and what completing
 * still takes. The cohort page includes it as a fragment, so the cohort feature does not depend on completion.
 * Only the trainee's own trainer (or an administrator) gets a path; never their texts, only counts.
 */
@Named
@RequestScoped
public class TraineePaths {

    @Inject
    CurrentPerson currentPerson;

    @Inject
    ProgrammeCohorts cohorts;

    @Inject
    ProgrammeCompletion completion;

    @Inject
    PracticeRecord practice;

    /** One trainee's path, as the table's cells read it. */
    public record Path(String rounds, String roles, String logbook, List<String> missing, boolean complete) {}

    /** Paths already worked out in this request: the table asks for each cell. */
    private final Map<Long, Path> known = new java.util.HashMap<>();

    public Path of(long personId, long cohortId) {
        return known.computeIfAbsent(personId, person -> path(person, cohortId));
    }

    private Path path(long personId, long cohortId) {
        Optional<Path> path = cohorts.terms(cohortId)
                .filter(terms -> cohorts.trains(currentPerson.require(), personId))
                .map(terms -> {
                    Map<PracticeRole, Integer> rounds = practice.attendedRounds(personId, cohortId);
                    CompletionChecklist checklist = completion.checklist(personId, terms);
                    int attended =
                            rounds.values().stream().mapToInt(Integer::intValue).sum();
                    Locale locale = locale();
                    return new Path(
                            VeiledningTexts.get(locale, "cohortPath.count", attended, terms.requiredSessions()),
                            VeiledningTexts.get(
                                    locale,
                                    "cohortPath.roles",
                                    rounds.get(PracticeRole.SUPERVISOR),
                                    rounds.get(PracticeRole.SUPERVISEE),
                                    rounds.get(PracticeRole.OBSERVER)),
                            VeiledningTexts.get(
                                    locale,
                                    "cohortPath.count",
                                    completion.logbookEntries(personId),
                                    terms.requiredLogbookEntries()),
                            checklist.missing().stream()
                                    .map(item -> VeiledningTexts.get(
                                            locale, "cohortPath.missing." + item.key(), item.missing()))
                                    .toList(),
                            checklist.complete());
                });
        return path.orElse(null);
    }

    private static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces != null && faces.getViewRoot() != null
                ? faces.getViewRoot().getLocale()
                : Languages.DEFAULT;
    }
}
