package no.vidsynt.core.progress.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import no.vidsynt.core.catalogue.control.PublishedCourse;
import no.vidsynt.core.catalogue.control.PublishedCourse.CompletionRule;
import org.junit.jupiter.api.Test;

class CourseCompletionTest {

    private static PublishedCourse.Unit unit(long id, boolean required) {
        return new PublishedCourse.Unit(id, "task", "Enhet " + id, required, null);
    }

    private static PublishedCourse course(CompletionRule rule, Integer count, PublishedCourse.Unit... units) {
        return new PublishedCourse(
                1,
                "medarbeider",
                "Kurs",
                null,
                1,
                Instant.EPOCH,
                rule,
                count,
                List.of(
                        new PublishedCourse.Section(10, "Del 1", List.of(units).subList(0, 2)),
                        new PublishedCourse.Section(20, "Del 2", List.of(units).subList(2, units.length))));
    }

    @Test
    void allRequiredNeedsEveryRequiredUnitAndIgnoresOptionalOnes() {
        var course =
                course(CompletionRule.ALL_REQUIRED, null, unit(1, true), unit(2, false), unit(3, true), unit(4, true));
        assertThat(CourseCompletion.progress(course, Set.of(1L, 2L))).isEqualTo(new CourseCompletion.Progress(1, 3));
        assertThat(CourseCompletion.isComplete(course, Set.of(1L, 2L, 3L))).isFalse();
        assertThat(CourseCompletion.isComplete(course, Set.of(1L, 3L, 4L))).isTrue();
        assertThat(CourseCompletion.progress(course, Set.of(1L, 3L, 4L)).percent())
                .isEqualTo(100);
    }

    @Test
    void allRequiredWithoutAnyRequiredUnitNeedsEveryUnit() {
        var course = course(CompletionRule.ALL_REQUIRED, null, unit(1, false), unit(2, false), unit(3, false));
        assertThat(CourseCompletion.isComplete(course, Set.of(1L, 2L))).isFalse();
        assertThat(CourseCompletion.isComplete(course, Set.of(1L, 2L, 3L))).isTrue();
    }

    @Test
    void nOfMNeedsThatManyUnitsWhicheverTheyAre() {
        var course = course(CompletionRule.N_OF_M, 2, unit(1, true), unit(2, false), unit(3, true), unit(4, false));
        assertThat(CourseCompletion.isComplete(course, Set.of(4L))).isFalse();
        assertThat(CourseCompletion.isComplete(course, Set.of(2L, 4L)))
                .as("optional units count too")
                .isTrue();
        assertThat(CourseCompletion.progress(course, Set.of(1L, 2L, 3L)))
                .as("done never exceeds needed")
                .isEqualTo(new CourseCompletion.Progress(2, 2));
        assertThat(CourseCompletion.isComplete(course, Set.of(2L, 99L)))
                .as("units of other courses do not count")
                .isFalse();
    }

    @Test
    void nOfMAboveTheNumberOfUnitsIsCappedAndAnEmptyCourseIsNeverComplete() {
        var course = course(CompletionRule.N_OF_M, 10, unit(1, true), unit(2, true), unit(3, true));
        assertThat(CourseCompletion.progress(course, Set.of(1L, 2L, 3L)).isComplete())
                .isTrue();
        var empty = new PublishedCourse(
                1, "medarbeider", "Tomt", null, 1, Instant.EPOCH, CompletionRule.ALL_REQUIRED, null, List.of());
        assertThat(CourseCompletion.isComplete(empty, Set.of())).isFalse();
    }

    @Test
    void aSectionIsCompleteWhenItsRequiredUnitsAreDone() {
        var course = course(CompletionRule.ALL_REQUIRED, null, unit(1, true), unit(2, false), unit(3, true));
        var first = course.sections().get(0);
        assertThat(CourseCompletion.isSectionComplete(first, Set.of(2L))).isFalse();
        assertThat(CourseCompletion.isSectionComplete(first, Set.of(1L))).isTrue();
    }
}
