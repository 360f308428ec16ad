package no.vidsynt.veiledning.practice.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import no.vidsynt.core.security.boundary.CurrentPerson;
import no.vidsynt.veiledning.practice.control.PracticeRounds;
import no.vidsynt.veiledning.practice.control.RoundView;

/** /veiledning/practice/mine.xhtml ("Mine treningsrunder"): the rounds of the trainee's groups, everyone's role. */
@Named
@ViewScoped
public class MyRoundsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CurrentPerson currentPerson;

    @Inject
    transient PracticeRounds rounds;

    private List<RoundView> mine;

    public void load() {
        mine = rounds.mine(currentPerson.require());
    }

    public List<RoundView> getRounds() {
        return mine;
    }

    /** The caller's own role in a round, as a bundle key suffix. */
    public String myRole(RoundView round) {
        RoundView.Seat seat = round.of(currentPerson.require().getId());
        return seat == null ? "" : seat.role().name();
    }
}
