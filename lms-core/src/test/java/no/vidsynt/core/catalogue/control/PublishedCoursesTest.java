package no.vidsynt.core.catalogue.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PublishedCoursesTest {

    private static final PublishedCourse COURSE = new PublishedCourse(
            1,
            "test",
            "Kurs",
            null,
            2,
            Instant.EPOCH,
            PublishedCourse.CompletionRule.ALL_REQUIRED,
            null,
            List.of(
                    new PublishedCourse.Section(10, "Del 1", List.of(unit(101), unit(102))),
                    new PublishedCourse.Section(20, "Del 2", List.of()),
                    new PublishedCourse.Section(30, "Del 3", List.of(unit(301)))));

    @Test
    void aUnitsNeighbourIsThePreviousUnitOfThePublishedCourseAcrossSections() {
        assertThat(PublishedCourses.previousUnit(COURSE, 102)).contains(101L);
        assertThat(PublishedCourses.previousUnit(COURSE, 301))
                .as("over an empty section")
                .contains(102L);
    }

    @Test
    void theFirstUnitAndAUnitOutsideThePublishedVersionHaveNone() {
        assertThat(PublishedCourses.previousUnit(COURSE, 101)).isEmpty();
        assertThat(PublishedCourses.previousUnit(COURSE, 999))
                .as("a draft unit")
                .isEmpty();
    }

    private static PublishedCourse.Unit unit(long id) {
        return new PublishedCourse.Unit(id, "task", "Enhet " + id, true, null);
    }
}
