package no.vidsynt.core.learning.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.vidsynt.core.catalogue.control.PublishedCourse;
import no.vidsynt.core.learning.control.Learning.CourseState;
import no.vidsynt.core.learning.control.Learning.SectionState;
import no.vidsynt.core.learning.control.Learning.UnitState;
import no.vidsynt.core.learning.control.Learning.UnitStatus;
import org.junit.jupiter.api.Test;

/** The course page's "Start"/"Fortsett" button: where it leads and what it says. */
class CourseStateTest {

    private static final AvailabilityCheck.Verdict LOCKED = new AvailabilityCheck.Verdict(
            List.of(new AvailabilityCheck.Reason(AvailabilityCheck.Reason.Kind.UNIT, "Enhet 1", null)));

    private static UnitState unit(long id, UnitStatus status, AvailabilityCheck.Verdict verdict) {
        return new UnitState(new PublishedCourse.Unit(id, "task", "Enhet " + id, true, null), status, verdict);
    }

    private static CourseState course(UnitState... units) {
        return new CourseState(
                null,
                null,
                null,
                List.of(
                        new SectionState(
                                new PublishedCourse.Section(1, "Første", List.of()),
                                List.of(units).subList(0, 1)),
                        new SectionState(
                                new PublishedCourse.Section(2, "Andre", List.of()),
                                List.of(units).subList(1, units.length))),
                null);
    }

    @Test
    void aNewLearnerStartsWithTheFirstUnit() {
        CourseState state = course(
                unit(1, UnitStatus.NOT_STARTED, AvailabilityCheck.Verdict.OPEN),
                unit(2, UnitStatus.NOT_STARTED, AvailabilityCheck.Verdict.OPEN));
        assertThat(state.nextUnit().id()).isEqualTo(1);
        assertThat(state.isStarted()).isFalse();
    }

    @Test
    void aLearnerContinuesWithTheFirstOpenUnitNotDoneAcrossSections() {
        CourseState state = course(
                unit(1, UnitStatus.COMPLETED, AvailabilityCheck.Verdict.OPEN),
                unit(2, UnitStatus.NOT_STARTED, LOCKED),
                unit(3, UnitStatus.FAILED, AvailabilityCheck.Verdict.OPEN));
        assertThat(state.nextUnit().id()).isEqualTo(3);
        assertThat(state.isStarted()).isTrue();
    }

    @Test
    void nothingLeftWhenEveryOpenUnitIsDone() {
        CourseState state = course(
                unit(1, UnitStatus.PASSED, AvailabilityCheck.Verdict.OPEN), unit(2, UnitStatus.NOT_STARTED, LOCKED));
        assertThat(state.nextUnit()).isNull();
    }
}
