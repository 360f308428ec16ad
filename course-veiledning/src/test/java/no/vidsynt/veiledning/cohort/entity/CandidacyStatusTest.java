package no.vidsynt.veiledning.cohort.entity;

import static no.vidsynt.veiledning.cohort.entity.CandidacyStatus.ADMITTED;
import static no.vidsynt.veiledning.cohort.entity.CandidacyStatus.APPLIED;
import static no.vidsynt.veiledning.cohort.entity.CandidacyStatus.APPROVED;
import static no.vidsynt.veiledning.cohort.entity.CandidacyStatus.NOMINATED;
import static no.vidsynt.veiledning.cohort.entity.CandidacyStatus.REJECTED;
import static no.vidsynt.veiledning.cohort.entity.CandidacyStatus.WAITLISTED;
import static no.vidsynt.veiledning.cohort.entity.CandidacyStatus.WITHDRAWN;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The candidacy's way: which status may follow which. */
class CandidacyStatusTest {

    private static Set<CandidacyStatus> next(CandidacyStatus from) {
        Set<CandidacyStatus> next = EnumSet.noneOf(CandidacyStatus.class);
        for (CandidacyStatus to : CandidacyStatus.values()) {
            if (from.canBecome(to)) {
                next.add(to);
            }
        }
        return next;
    }

    @Test
    void anApplicationWaitsForTheLeaderBeforeTheTrainerMayAdmit() {
        assertThat(next(APPLIED)).containsExactlyInAnyOrder(APPROVED, REJECTED, WITHDRAWN);
        assertThat(APPLIED.isAdmissible()).isFalse();
    }

    @Test
    void aNominatedOrApprovedCandidateIsTheTrainersToDecide() {
        for (CandidacyStatus ready : EnumSet.of(NOMINATED, APPROVED)) {
            assertThat(next(ready)).containsExactlyInAnyOrder(ADMITTED, WAITLISTED, REJECTED, WITHDRAWN);
            assertThat(ready.isAdmissible()).isTrue();
        }
    }

    @Test
    void aWaitingCandidateIsAdmittedLaterOrMovesToAnotherCohortsList() {
        assertThat(next(WAITLISTED)).containsExactlyInAnyOrder(ADMITTED, WAITLISTED, REJECTED, WITHDRAWN);
    }

    @Test
    void anAdmittedTraineeCanOnlyWithdraw() {
        assertThat(next(ADMITTED)).containsExactly(WITHDRAWN);
        assertThat(ADMITTED.isAdmissible()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(
            value = CandidacyStatus.class,
            names = {"REJECTED", "WITHDRAWN"})
    void rejectedAndWithdrawnAreFinal(CandidacyStatus status) {
        assertThat(next(status)).isEmpty();
        assertThat(status.isOpen()).isFalse();
    }

    @Test
    void nothingLeadsBackToNominatedOrApplied() {
        for (CandidacyStatus from : CandidacyStatus.values()) {
            assertThat(from.canBecome(NOMINATED)).isFalse();
            assertThat(from.canBecome(APPLIED)).isFalse();
        }
    }
}
