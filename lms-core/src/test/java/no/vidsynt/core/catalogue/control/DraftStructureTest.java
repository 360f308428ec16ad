package no.vidsynt.core.catalogue.control;

import static no.vidsynt.core.catalogue.control.CourseFixtures.course;
import static no.vidsynt.core.catalogue.control.CourseFixtures.section;
import static no.vidsynt.core.catalogue.control.CourseFixtures.unit;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import no.vidsynt.core.catalogue.control.PublishedCourse.CompletionRule;
import no.vidsynt.core.catalogue.entity.Course;
import no.vidsynt.core.catalogue.entity.CourseSection;
import no.vidsynt.core.catalogue.entity.CourseUnit;
import org.junit.jupiter.api.Test;

class DraftStructureTest {

    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");

    @Test
    void buildsSectionsAndUnitsInPositionOrderLeavingRemovedOnesOut() {
        Course course = course(1, "Kultur og språk");
        CourseSection second = section(20, 1, "Andre", 1);
        CourseSection first = section(10, 1, "Første", 0);
        CourseSection gone = section(30, 1, "Borte", 2);
        gone.remove();
        CourseUnit b = unit(102, 1, 10, "B", 1, true);
        CourseUnit a = unit(101, 1, 10, "A", 0, false);
        CourseUnit removed = unit(103, 1, 10, "Fjernet", 2, true);
        removed.remove();
        CourseUnit c = unit(201, 1, 20, "C", 0, true);
        CourseUnit inGone = unit(301, 1, 30, "I fjernet seksjon", 0, true);

        PublishedCourse built =
                DraftStructure.build(course, List.of(second, gone, first), List.of(c, b, removed, a, inGone), 3, NOW);

        assertThat(built.version()).isEqualTo(3);
        assertThat(built.publishedAt()).isEqualTo(NOW);
        assertThat(built.sections()).extracting(PublishedCourse.Section::title).containsExactly("Første", "Andre");
        assertThat(built.units()).extracting(PublishedCourse.Unit::id).containsExactly(101L, 102L, 201L);
        assertThat(built.units()).extracting(PublishedCourse.Unit::required).containsExactly(false, true, true);
        assertThat(PublishedCourseJson.read(PublishedCourseJson.write(built))).isEqualTo(built);
    }

    @Test
    void aDraftWithoutUnitsOrWithoutARequiredUnitCannotBePublished() {
        Course course = course(1, "Tomt");
        assertThat(DraftStructure.publishProblems(
                        DraftStructure.build(course, List.of(section(10, 1, "S", 0)), List.of(), 1, NOW)))
                .extracting(Violation::key)
                .containsExactly("error.publish.noUnits");
        assertThat(DraftStructure.publishProblems(DraftStructure.build(
                        course, List.of(section(10, 1, "S", 0)), List.of(unit(101, 1, 10, "A", 0, false)), 1, NOW)))
                .extracting(Violation::key)
                .containsExactly("error.publish.noRequired");
        assertThat(DraftStructure.publishProblems(DraftStructure.build(
                        course, List.of(section(10, 1, "S", 0)), List.of(unit(101, 1, 10, "A", 0, true)), 1, NOW)))
                .isEmpty();
    }

    @Test
    void nOfMNeedsAtLeastThatManyUnits() {
        Course course = course(1, "Velg selv");
        course.describe("Velg selv", null, true, CompletionRule.N_OF_M, 3);
        List<CourseUnit> two = List.of(unit(101, 1, 10, "A", 0, false), unit(102, 1, 10, "B", 1, false));
        assertThat(DraftStructure.publishProblems(
                        DraftStructure.build(course, List.of(section(10, 1, "S", 0)), two, 1, NOW)))
                .extracting(Violation::key)
                .containsExactly("error.publish.countTooHigh");
        course.describe("Velg selv", null, true, CompletionRule.N_OF_M, 2);
        assertThat(DraftStructure.publishProblems(
                        DraftStructure.build(course, List.of(section(10, 1, "S", 0)), two, 1, NOW)))
                .isEmpty();
    }
}
