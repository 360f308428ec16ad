package no.vidsynt.core.catalogue.control;

import static org.assertj.core.api.Assertions.assertThat;

import no.vidsynt.core.catalogue.control.PublishedCourse.CompletionRule;
import org.junit.jupiter.api.Test;

class CourseDetailsTest {

    @Test
    void aTitleIsNeededAndTrimmed() {
        assertThat(new CourseDetails("  Kurs  ", " ", true, CompletionRule.ALL_REQUIRED, null).problems())
                .isEmpty();
        assertThat(new CourseDetails("  Kurs  ", " ", true, CompletionRule.ALL_REQUIRED, null).title())
                .isEqualTo("Kurs");
        assertThat(new CourseDetails("  Kurs  ", " ", true, CompletionRule.ALL_REQUIRED, null).summary())
                .isNull();
        assertThat(new CourseDetails(" ", null, true, CompletionRule.ALL_REQUIRED, null).problems())
                .extracting(Violation::field)
                .containsExactly("title");
        assertThat(new CourseDetails("x".repeat(201), null, true, CompletionRule.ALL_REQUIRED, null).problems())
                .extracting(Violation::key)
                .containsExactly("error.title.long");
    }

    @Test
    void nOfMNeedsAPositiveCount() {
        assertThat(new CourseDetails("Kurs", null, false, CompletionRule.N_OF_M, null).problems())
                .extracting(Violation::field)
                .containsExactly("completionCount");
        assertThat(new CourseDetails("Kurs", null, false, CompletionRule.N_OF_M, 0).problems())
                .hasSize(1);
        assertThat(new CourseDetails("Kurs", null, false, CompletionRule.N_OF_M, 2).problems())
                .isEmpty();
        assertThat(new CourseDetails("Kurs", null, false, null, null).problems())
                .extracting(Violation::field)
                .containsExactly("completionRule");
    }
}
