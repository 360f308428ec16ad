package no.vidsynt.veiledning.cohort.boundary;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import no.vidsynt.core.people.entity.Person;
import no.vidsynt.core.platform.Refusal;
import no.vidsynt.core.security.boundary.CurrentPerson;
import no.vidsynt.veiledning.cohort.control.Candidacies;
import no.vidsynt.veiledning.cohort.control.TraineeCounts;
import no.vidsynt.veiledning.cohort.entity.Candidacy;
import no.vidsynt.veiledning.cohort.entity.CandidacyStatus;

/**
 * /veiledning/cohort/nominate.xhtml, "Nominer til Veiledning": the leader nominates people of their units, approves or
 * rejects (after a confirmation, with a reason) their applications, follows each candidacy's status, and sees the
 * department's trainees in aggregate.
 */
@Named
@ViewScoped
public class NominationPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Candidacies candidacies;

    @Inject
    transient TraineeCounts counts;

    @Inject
    transient CandidacyViews views;

    @Inject
    transient CurrentPerson currentPerson;

    /** A candidacy as the page lists it. */
    public record Row(
            long id, String name, String status, String kind, String motivation, String cohort, String reason) {}

    private final PerRequest<TraineeCounts.Overview> overview = new PerRequest<>();
    private final PerRequest<List<SelectItem>> nominable = new PerRequest<>();
    private final PerRequest<List<Row>> awaiting = new PerRequest<>();
    private final PerRequest<List<Row>> all = new PerRequest<>();
    private Long personId;
    private String motivation;
    private Long rejectingId;
    private String rejectReason;

    public boolean isHasUnits() {
        return !candidacies.unitsFollowedBy(me()).isEmpty();
    }

    public TraineeCounts.Overview getOverview() {
        return overview.get(() -> counts.of(me()));
    }

    /** People of the leader's units who have no candidacy running. */
    public List<SelectItem> getNominable() {
        return nominable.get(this::nominable);
    }

    private List<SelectItem> nominable() {
        Set<Long> taken = candidacies.visibleTo(me(), null).stream()
                .filter(c -> c.getStatus().isOpen())
                .map(Candidacy::getPersonId)
                .collect(Collectors.toSet());
        return candidacies.nominable(me()).stream()
                .filter(person -> !taken.contains(person.getId()))
                .sorted(Comparator.comparing(Person::getDisplayName))
                .map(person -> new SelectItem(person.getId(), person.getDisplayName()))
                .toList();
    }

    /** Applications of the leader's units waiting for their decision. */
    public List<Row> getAwaiting() {
        return awaiting.get(this::awaiting);
    }

    private List<Row> awaiting() {
        Set<Long> units = candidacies.unitsFollowedBy(me());
        return rows(candidacies.visibleTo(me(), CandidacyStatus.APPLIED).stream()
                .filter(candidacy -> ofUnits(candidacy, units))
                .toList());
    }

    /** Every candidacy of the leader's units, newest first. */
    public List<Row> getCandidacies() {
        return all.get(this::candidacies);
    }

    private List<Row> candidacies() {
        Set<Long> units = candidacies.unitsFollowedBy(me());
        return rows(candidacies.visibleTo(me(), null).stream()
                .filter(candidacy -> ofUnits(candidacy, units))
                .toList());
    }

    public void nominate() {
        if (personId == null) {
            CohortPages.error("cohort.nominate.choosePerson");
            return;
        }
        try {
            Candidacy candidacy = candidacies.nominate(me(), personId, motivation);
            CohortPages.info("cohort.nominate.done", views.of(candidacy).personName());
            changed();
            personId = null;
            motivation = null;
        } catch (Refusal refused) {
            CohortPages.refused(refused);
        }
    }

    public void approve(Row row) {
        try {
            candidacies.approve(me(), row.id());
            CohortPages.info("cohort.nominate.approved", row.name());
            changed();
        } catch (Refusal refused) {
            CohortPages.refused(refused);
        }
    }

    public void askReject(Row row) {
        rejectingId = row.id();
        rejectReason = null;
    }

    public void confirmReject() {
        if (rejectingId == null) {
            return;
        }
        try {
            Candidacy candidacy = candidacies.rejectApplication(me(), rejectingId, rejectReason);
            CohortPages.info("cohort.nominate.rejected", views.of(candidacy).personName());
            changed();
            rejectingId = null;
            rejectReason = null;
        } catch (Refusal refused) {
            CohortPages.refused(refused);
        }
    }

    public void cancel() {
        rejectingId = null;
        rejectReason = null;
    }

    /** Of the leader's units, and not the leader's own (a leader does not decide on themselves). */
    private boolean ofUnits(Candidacy candidacy, Set<Long> units) {
        return candidacy.getOrgUnitId() != null
                && units.contains(candidacy.getOrgUnitId())
                && candidacy.getPersonId() != me().getId();
    }

    private List<Row> rows(List<Candidacy> list) {
        return views.of(list).stream()
                .map(view -> new Row(
                        view.id(),
                        view.personName(),
                        CohortPages.status(view.status()),
                        CohortPages.text(view.nomination() ? "cohort.kind.nominated" : "cohort.kind.applied"),
                        view.motivation(),
                        view.cohortName(),
                        view.reason()))
                .toList();
    }

    /** An action changed what the page shows. */
    private void changed() {
        overview.clear();
        nominable.clear();
        awaiting.clear();
        all.clear();
    }

    private Person me() {
        return currentPerson.require();
    }

    public Long getPersonId() {
        return personId;
    }

    public void setPersonId(Long personId) {
        this.personId = personId;
    }

    public String getMotivation() {
        return motivation;
    }

    public void setMotivation(String motivation) {
        this.motivation = motivation;
    }

    public Long getRejectingId() {
        return rejectingId;
    }

    public String getRejectReason() {
        return rejectReason;
    }

    public void setRejectReason(String rejectReason) {
        this.rejectReason = rejectReason;
    }
}
