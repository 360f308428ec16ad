package no.vidsynt.core.progress.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import no.vidsynt.core.enrolment.entity.Enrolment;
import org.junit.jupiter.api.Test;

/** The transitions that decide when UnitCompleted and CourseCompleted are announced: once, and only once. */
class UnitProgressTest {

    private static final Instant T1 = Instant.parse("2026-01-05T08:00:00Z");
    private static final Instant T2 = Instant.parse("2026-01-06T08:00:00Z");

    @Test
    void markingDoneCompletesOnceAndKeepsTheFirstDate() {
        var progress = new UnitProgress(1, 2, 3);
        progress.visit(T1);
        assertThat(progress.getStatus()).isEqualTo(UnitProgress.Status.IN_PROGRESS);
        assertThat(progress.complete(T1)).as("first completion is announced").isTrue();
        assertThat(progress.complete(T2)).as("a second one is not").isFalse();
        assertThat(progress.getCompletedAt()).isEqualTo(T1);
        progress.visit(T2);
        assertThat(progress.getFirstVisited()).isEqualTo(T1);
        assertThat(progress.getLastVisited()).isEqualTo(T2);
    }

    @Test
    void aScoreBelowThePassMarkFailsAndAtOrAboveItPassesOnce() {
        var progress = new UnitProgress(1, 2, 3);
        assertThat(progress.score(new BigDecimal("59.5"), new BigDecimal("60"), T1))
                .isFalse();
        assertThat(progress.getStatus()).isEqualTo(UnitProgress.Status.FAILED);
        assertThat(progress.isDone()).isFalse();

        assertThat(progress.score(new BigDecimal("60"), new BigDecimal("60"), T2))
                .as("at the mark passes")
                .isTrue();
        assertThat(progress.getStatus()).isEqualTo(UnitProgress.Status.PASSED);
        assertThat(progress.getCompletedAt()).isEqualTo(T2);

        assertThat(progress.score(new BigDecimal("90"), new BigDecimal("60"), T2))
                .as("no second announcement")
                .isFalse();
        assertThat(progress.score(new BigDecimal("10"), new BigDecimal("60"), T2))
                .isFalse();
        assertThat(progress.getStatus()).as("a pass is kept").isEqualTo(UnitProgress.Status.PASSED);
        assertThat(progress.getScore()).as("with the best score").isEqualByComparingTo("90");
    }

    @Test
    void timeAddsUpAndCannotGoBackwards() {
        var progress = new UnitProgress(1, 2, 3);
        progress.addTime(30);
        progress.addTime(45);
        assertThat(progress.getTimeSpentSeconds()).isEqualTo(75);
        assertThatThrownBy(() -> progress.addTime(-1)).isInstanceOf(IllegalArgumentException.class);
        progress.addTime(Integer.MAX_VALUE);
        assertThat(progress.getTimeSpentSeconds()).isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void aCourseCompletesOnceAndWithdrawingAndReturningKeepsIt() {
        var enrolment = new Enrolment(3, 1, Enrolment.Source.SELF, null, null, T1);
        assertThat(enrolment.complete(T1)).isTrue();
        assertThat(enrolment.complete(T2)).as("CourseCompleted only once").isFalse();
        assertThat(enrolment.getStatus()).isEqualTo(Enrolment.Status.COMPLETED);

        assertThat(enrolment.withdraw()).isTrue();
        assertThat(enrolment.withdraw()).isFalse();
        assertThat(enrolment.isEnrolled()).isFalse();
        assertThat(enrolment.reactivate(Enrolment.Source.SELF, null, null, T2)).isTrue();
        assertThat(enrolment.getStatus()).isEqualTo(Enrolment.Status.COMPLETED);
        assertThat(enrolment.getCompletedAt()).isEqualTo(T1);
        assertThat(enrolment.reactivate(Enrolment.Source.SELF, null, null, T2)).isFalse();
    }

    @Test
    void anActiveEnrolmentComesBackActiveAfterAWithdrawal() {
        var enrolment = new Enrolment(3, 1, Enrolment.Source.UNIT, 7L, null, T1);
        enrolment.withdraw();
        enrolment.reactivate(Enrolment.Source.SELF, null, 5L, T2);
        assertThat(enrolment.getStatus()).isEqualTo(Enrolment.Status.ACTIVE);
        assertThat(enrolment.getSource()).isEqualTo(Enrolment.Source.SELF);
        assertThat(enrolment.getCohortId()).isEqualTo(5L);
    }
}
