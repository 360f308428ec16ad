package no.vidsynt.veiledning.cohort.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A candidacy moves along its way, records who decided and keeps the cohort and the reason. */
class CandidacyTest {

    private static final Instant T0 = Instant.parse("2026-09-01T08:00:00Z");
    private static final Instant T1 = T0.plusSeconds(3600);

    @Test
    void aNominationIsAdmittedIntoACohort() {
        Candidacy candidacy = Candidacy.nominated(7, 3L, "God med kolleger", 2, T0);
        assertThat(candidacy.isNomination()).isTrue();
        assertThat(candidacy.getStatus()).isEqualTo(CandidacyStatus.NOMINATED);

        candidacy.admit(40, 5, T1);

        assertThat(candidacy.getStatus()).isEqualTo(CandidacyStatus.ADMITTED);
        assertThat(candidacy.getCohortId()).isEqualTo(40L);
        assertThat(candidacy.getDecidedBy()).isEqualTo(5L);
        assertThat(candidacy.getChangedAt()).isEqualTo(T1);
        assertThat(candidacy.getCreatedAt()).isEqualTo(T0);
    }

    @Test
    void anApplicationIsApprovedThenWaitlistedThenAdmitted() {
        Candidacy candidacy = Candidacy.applied(7, 3L, "Vil lære å veilede", T0);
        assertThat(candidacy.isNomination()).isFalse();
        assertThat(candidacy.getProposedBy()).isEqualTo(7L);

        candidacy.approve(2, T0);
        candidacy.waitlist(40, 5, T0);
        assertThat(candidacy.getStatus()).isEqualTo(CandidacyStatus.WAITLISTED);
        candidacy.admit(40, 5, T1);
        assertThat(candidacy.getStatus()).isEqualTo(CandidacyStatus.ADMITTED);
    }

    @Test
    void anApplicationCannotBeAdmittedBeforeItsLeaderApproves() {
        Candidacy candidacy = Candidacy.applied(7, 3L, "Vil lære", T0);
        assertThatThrownBy(() -> candidacy.admit(40, 5, T1)).isInstanceOf(IllegalStateException.class);
        assertThat(candidacy.getStatus()).isEqualTo(CandidacyStatus.APPLIED);
        assertThat(candidacy.getCohortId()).isNull();
    }

    @Test
    void aRejectionKeepsItsReasonAndIsFinal() {
        Candidacy candidacy = Candidacy.nominated(7, 3L, "God", 2, T0);
        candidacy.reject("Kullet passer ikke med turnusen nå", 5, T1);
        assertThat(candidacy.getReason()).isEqualTo("Kullet passer ikke med turnusen nå");
        assertThatThrownBy(() -> candidacy.withdraw(null, 7, T1)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anAdmittedTraineeWithdrawsAndTheCohortStaysRecorded() {
        Candidacy candidacy = Candidacy.nominated(7, 3L, "God", 2, T0);
        candidacy.admit(40, 5, T0);
        candidacy.withdraw("Ny jobb", 7, T1);
        assertThat(candidacy.getStatus()).isEqualTo(CandidacyStatus.WITHDRAWN);
        assertThat(candidacy.getCohortId()).isEqualTo(40L);
        assertThat(candidacy.getDecidedBy()).isEqualTo(7L);
        assertThatThrownBy(() -> candidacy.admit(41, 5, T1)).isInstanceOf(IllegalStateException.class);
    }
}
