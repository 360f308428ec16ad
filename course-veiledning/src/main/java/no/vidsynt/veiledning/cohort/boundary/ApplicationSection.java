package no.vidsynt.veiledning.cohort.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Optional;
import no.vidsynt.core.people.entity.Person;
import no.vidsynt.core.platform.Refusal;
import no.vidsynt.core.security.boundary.CurrentPerson;
import no.vidsynt.veiledning.cohort.control.Candidacies;
import no.vidsynt.veiledning.cohort.control.VeiledningCohorts;
import no.vidsynt.veiledning.cohort.entity.Candidacy;

/**
 * The programme page's "Søk om plass" section: a person applies (their leader decides), sees where their candidacy
 * stands, and may withdraw it after a confirmation.
 */
@Named
@ViewScoped
public class ApplicationSection implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Candidacies candidacies;

    @Inject
    transient VeiledningCohorts cohorts;

    @Inject
    transient CurrentPerson currentPerson;

    private final PerRequest<Optional<Candidacy>> latest = new PerRequest<>();
    private String motivation;
    private boolean confirmingWithdrawal;

    /** The person's latest candidacy, running or not. */
    private Optional<Candidacy> latest() {
        return latest.get(() -> currentPerson
                .get()
                .flatMap(me -> candidacies.own(me.getId()).stream().findFirst()));
    }

    public boolean isSignedIn() {
        return currentPerson.isSignedIn();
    }

    /** No candidacy running: the form to apply shows. */
    public boolean isMayApply() {
        return isSignedIn() && latest().map(c -> !c.getStatus().isOpen()).orElse(true);
    }

    public boolean isHasCandidacy() {
        return latest().isPresent();
    }

    public boolean isOpen() {
        return latest().map(c -> c.getStatus().isOpen()).orElse(false);
    }

    /** "Du er tatt opp i Kull høsten 2026 (1. september 2026 – 30. juni 2027)." and the like. */
    public String getStatusText() {
        return latest().map(this::describe).orElse("");
    }

    public String getReason() {
        return latest().map(Candidacy::getReason).orElse(null);
    }

    private String describe(Candidacy candidacy) {
        Optional<VeiledningCohorts.Plan> plan =
                candidacy.getCohortId() == null ? Optional.empty() : cohorts.plan(candidacy.getCohortId());
        String name = plan.map(VeiledningCohorts.Plan::name).orElse("");
        String period =
                plan.map(p -> CohortPages.period(p.startDate(), p.endDate())).orElse("");
        return CohortPages.text("cohort.mine." + candidacy.getStatus().name(), name, period);
    }

    public void apply() {
        try {
            candidacies.apply(me(), motivation);
            latest.clear();
            motivation = null;
            CohortPages.info("cohort.mine.applied");
        } catch (Refusal refused) {
            CohortPages.refused(refused);
        }
    }

    public void askWithdraw() {
        confirmingWithdrawal = true;
    }

    public void cancel() {
        confirmingWithdrawal = false;
    }

    public void withdraw() {
        try {
            Candidacy candidacy = latest().orElseThrow();
            candidacies.withdraw(me(), candidacy.getId(), null);
            latest.clear();
            CohortPages.info("cohort.mine.withdrawn");
        } catch (Refusal refused) {
            CohortPages.refused(refused);
        }
        confirmingWithdrawal = false;
    }

    private Person me() {
        return currentPerson.require();
    }

    public String getMotivation() {
        return motivation;
    }

    public void setMotivation(String motivation) {
        this.motivation = motivation;
    }

    public boolean isConfirmingWithdrawal() {
        return confirmingWithdrawal;
    }
}
