package no.vidsynt.core.leader.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.vidsynt.core.leader.control.LeaderOverview;
import no.vidsynt.core.security.boundary.CurrentPerson;

/** Backs "Min avdeling": aggregated figures for the leader's own units (all units for administrators). */
@Named
@RequestScoped
public class LeaderOverviewPage {

    @Inject
    CurrentPerson currentPerson;

    @Inject
    LeaderOverview leaderOverview;

    private LeaderOverview.Overview overview;
    private Boolean hasUnits;

    public LeaderOverview.Overview getOverview() {
        if (overview == null) {
            overview = currentPerson
                    .get()
                    .map(person -> leaderOverview.overview(person, null, null))
                    .orElse(new LeaderOverview.Overview(java.util.List.of(), java.util.List.of()));
        }
        return overview;
    }

    public boolean isHasUnits() {
        if (hasUnits == null) {
            hasUnits = currentPerson
                    .get()
                    .map(person -> !leaderOverview.unitsOf(person).isEmpty())
                    .orElse(false);
        }
        return hasUnits;
    }
}
