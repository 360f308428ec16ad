package no.vidsynt.veiledning.cohort.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Locale;
import no.vidsynt.core.platform.Refusal;
import org.junit.jupiter.api.Test;

/** What a new cohort must state, refused with a reason in the programme's bundle. */
class CohortsCheckTest {

    private static Cohorts.NewCohort cohort(LocalDate start, LocalDate end, int seats, int sessions, String plan) {
        return new Cohorts.NewCohort(null, "Kull våren 2027", start, end, seats, plan, sessions, 3, 45, null);
    }

    private static final LocalDate START = LocalDate.of(2027, 1, 11);
    private static final LocalDate END = LocalDate.of(2027, 6, 11);

    @Test
    void aSoundCohortPasses() {
        assertThatCode(() -> Cohorts.check(cohort(START, END, 8, 4, "Fire praksisrunder")))
                .doesNotThrowAnyException();
    }

    @Test
    void theEndMayNotComeBeforeTheStart() {
        assertThatThrownBy(() -> Cohorts.check(cohort(END, START, 8, 4, null)))
                .isInstanceOfSatisfying(Refusal.class, refusal -> {
                    assertThat(refusal.kind()).isEqualTo(Refusal.Kind.INVALID);
                    assertThat(refusal.message(Locale.forLanguageTag("nb")))
                            .isEqualTo("Sluttdatoen kan ikke være før startdatoen.");
                });
    }

    @Test
    void fewerThanThreeSessionsCannotCoverEveryRole() {
        assertThatThrownBy(() -> Cohorts.check(cohort(START, END, 8, 2, null)))
                .isInstanceOfSatisfying(
                        Refusal.class,
                        refusal -> assertThat(refusal.key()).isEqualTo("cohort.refused.range.requiredSessions"));
    }

    @Test
    void aPlanWithAnIdentityNumberIsRefused() {
        assertThatThrownBy(() -> Cohorts.check(cohort(START, END, 8, 4, "Kontakt 150585 43206 om praksis")))
                .isInstanceOfSatisfying(
                        Refusal.class, refusal -> assertThat(refusal.key()).isEqualTo("privacy.identityNumber"));
    }

    @Test
    void noSeatsIsRefused() {
        assertThatThrownBy(() -> Cohorts.check(cohort(START, END, 0, 4, null)))
                .isInstanceOfSatisfying(
                        Refusal.class,
                        refusal -> assertThat(refusal.message(Locale.ENGLISH))
                                .isEqualTo("The seats must be between 1 and 200."));
    }
}
