package no.vidsynt.veiledning.cohort.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A refusal reads its reason from the programme's bundle, also with a text among its arguments. */
class CohortRefusalTest {

    @Test
    void aTextArgumentStaysAnArgument() {
        CohortRefusal refusal =
                CohortRefusal.of(CohortRefusal.Kind.FORBIDDEN, "cohort.refused.notTheTrainer", "Kull høsten 2026");
        assertThat(refusal.kind().status()).isEqualTo(403);
        assertThat(refusal.area()).isEqualTo("veiledning");
        assertThat(refusal.message(Locale.forLanguageTag("nb")))
                .isEqualTo("Det er treneren for Kull høsten 2026 som tar opp deltakere i dette kullet.");
        assertThat(refusal.message(Locale.ENGLISH))
                .isEqualTo("The trainer of Kull høsten 2026 admits the trainees of this cohort.");
    }
}
