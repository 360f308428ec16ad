package no.vidsynt.veiledning.cohort.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import no.vidsynt.core.people.entity.Person;
import no.vidsynt.core.platform.Refusal;
import no.vidsynt.core.platform.web.PageRefusal;
import no.vidsynt.core.scheduling.control.Retrying;
import no.vidsynt.core.security.boundary.CurrentPerson;
import no.vidsynt.veiledning.cohort.control.Admissions;
import no.vidsynt.veiledning.cohort.control.Candidacies;
import no.vidsynt.veiledning.cohort.control.CohortMembers;
import no.vidsynt.veiledning.cohort.control.Cohorts;
import no.vidsynt.veiledning.cohort.control.VeiledningCohorts;
import no.vidsynt.veiledning.cohort.entity.Candidacy;
import no.vidsynt.veiledning.cohort.entity.CandidacyStatus;

/**
 * /veiledning/cohort/cohort.xhtml?id=…: one cohort for its trainer. Its plan; the candidates ready for a decision
 * (admit, wait-list, reject — each after a confirmation); its waiting list; and its trainees with their path so far.
 */
@Named
@ViewScoped
public class TrainerCohortPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What the trainer is about to do to whom, awaiting confirmation. */
    public enum Action {
        ADMIT,
        WAITLIST,
        REJECT,
        WITHDRAW
    }

    @Inject
    transient VeiledningCohorts cohorts;

    @Inject
    transient Candidacies candidacies;

    @Inject
    transient Admissions admissions;

    @Inject
    transient CohortMembers members;

    @Inject
    transient CandidacyViews views;

    @Inject
    transient Retrying retrying;

    @Inject
    transient CurrentPerson currentPerson;

    /** A candidate or a waiting person as the page lists them. */
    public record Row(long id, String name, String status, String kind, String motivation) {}

    private final PerRequest<List<Row>> candidates = new PerRequest<>();
    private final PerRequest<List<Row>> waiting = new PerRequest<>();
    private final PerRequest<List<CohortMembers.Member>> trainees = new PerRequest<>();
    private Long id;
    private VeiledningCohorts.Plan plan;
    private Long pendingId;
    private Action pendingAction;
    private String reason;

    /** The view action: the cohort's trainer and administrators only; an unknown cohort is "not found". */
    public void load() {
        Person me = currentPerson.require();
        if (!Cohorts.isTrainer(me)) {
            PageRefusal.forbidden();
            return;
        }
        plan = id == null ? null : cohorts.plan(id).orElse(null);
        if (plan == null) {
            PageRefusal.notFound();
            return;
        }
        try {
            Cohorts.requireRuns(me, plan);
        } catch (Refusal refused) {
            PageRefusal.forbidden();
        }
    }

    public VeiledningCohorts.Plan getPlan() {
        return plan;
    }

    public String getPeriod() {
        return plan == null ? "" : CohortPages.period(plan.startDate(), plan.endDate());
    }

    public String getSeats() {
        return plan == null
                ? ""
                : CohortPages.text("cohort.seatsTaken", plan.admitted(), plan.seats(), plan.waitlisted());
    }

    /** Nominated and approved candidates, not yet placed. */
    public List<Row> getCandidates() {
        return candidates.get(this::candidates);
    }

    private List<Row> candidates() {
        return rows(candidacies.visibleTo(me(), null).stream()
                .filter(c -> c.getStatus() == CandidacyStatus.NOMINATED || c.getStatus() == CandidacyStatus.APPROVED)
                .toList());
    }

    public List<Row> getWaiting() {
        return waiting.get(() -> rows(members.inCohort(plan.cohortId(), CandidacyStatus.WAITLISTED)));
    }

    public List<CohortMembers.Member> getMembers() {
        return trainees.get(() -> members.of(me(), plan.cohortId()));
    }

    public void ask(Action action, long candidacyId) {
        pendingAction = action;
        pendingId = candidacyId;
        reason = null;
    }

    public void cancel() {
        pendingAction = null;
        pendingId = null;
        reason = null;
    }

    public boolean isPending(Action action, long candidacyId) {
        return action == pendingAction && Long.valueOf(candidacyId).equals(pendingId);
    }

    public boolean isAsking(long candidacyId) {
        return Long.valueOf(candidacyId).equals(pendingId);
    }

    public void confirm() {
        if (pendingAction == null || pendingId == null) {
            return;
        }
        Person me = me();
        long candidacyId = pendingId;
        long cohortId = plan.cohortId();
        try {
            Candidacy done = switch (pendingAction) {
                case ADMIT -> retrying.run(() -> admissions.admit(me, candidacyId, cohortId));
                case WAITLIST -> retrying.run(() -> admissions.waitlist(me, candidacyId, cohortId));
                case REJECT -> admissions.reject(me, candidacyId, reason);
                case WITHDRAW -> candidacies.withdraw(me, candidacyId, reason);
            };
            String name = views.of(done).personName();
            boolean fullSoWaiting = pendingAction == Action.ADMIT && done.getStatus() == CandidacyStatus.WAITLISTED;
            CohortPages.info(
                    fullSoWaiting ? "cohort.done.fullWaitlisted" : "cohort.done." + pendingAction.name(),
                    name,
                    plan.name());
            cancel();
            plan = cohorts.require(cohortId);
            candidates.clear();
            waiting.clear();
            trainees.clear();
        } catch (Refusal refused) {
            CohortPages.refused(refused);
        }
    }

    private List<Row> rows(List<Candidacy> list) {
        return views.of(list).stream()
                .map(view -> new Row(
                        view.id(),
                        view.personName(),
                        CohortPages.status(view.status()),
                        CohortPages.text(view.nomination() ? "cohort.kind.nominated" : "cohort.kind.applied"),
                        view.motivation()))
                .toList();
    }

    private Person me() {
        return currentPerson.require();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Action getPendingAction() {
        return pendingAction;
    }

    /** The confirmation's question for the pending action. */
    public String getConfirmKey() {
        return pendingAction == null ? "cohort.confirm.ADMIT" : "cohort.confirm." + pendingAction.name();
    }

    /** Rejecting and withdrawing ask why. */
    public boolean isReasonAsked() {
        return pendingAction == Action.REJECT || pendingAction == Action.WITHDRAW;
    }
}
