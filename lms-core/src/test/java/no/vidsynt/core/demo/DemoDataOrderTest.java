package no.vidsynt.core.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.vidsynt.core.spi.DemoContribution;
import no.vidsynt.core.spi.DemoSeeding;
import org.junit.jupiter.api.Test;

/** The demo hook runs the contributions step by step, course modules first within a step, and shares what they made. */
class DemoDataOrderTest {

    record Contribution(String name, DemoContribution.Step step) implements DemoContribution {
        @Override
        public void seed(DemoSeeding demo) {
            demo.addCourse(name, demo.courses().size() + 1L);
        }
    }

    @Test
    void runsStepByStepWithTheCourseModulesFirstWithinAStep() {
        var firstCourses = new Contribution("first.courses", DemoContribution.Step.COURSES);
        var firstLearning = new Contribution("first.learning", DemoContribution.Step.LEARNING);
        var firstSelfStudy = new Contribution("first.selfStudy", DemoContribution.Step.COURSE_CONTENT);
        var secondSessions = new Contribution("second.sessions", DemoContribution.Step.SESSIONS);
        var secondCourses = new Contribution("second.courses", DemoContribution.Step.COURSES);
        var content = new Contribution("content", DemoContribution.Step.COURSE_CONTENT);

        List<DemoContribution> ordered = DemoData.inOrder(
                List.of(firstCourses, firstLearning, firstSelfStudy, secondSessions, secondCourses), List.of(content));

        assertThat(ordered)
                .containsExactly(firstCourses, secondCourses, firstSelfStudy, content, firstLearning, secondSessions);
        DemoSeeding demo = new DemoSeeding(7);
        ordered.forEach(contribution -> contribution.seed(demo));
        assertThat(demo.courses().keySet())
                .as("in the order they were made")
                .containsExactly(
                        "first.courses",
                        "second.courses",
                        "first.selfStudy",
                        "content",
                        "first.learning",
                        "second.sessions");
        assertThat(demo.course("second.courses")).contains(2L);
        assertThat(demo.regionId()).isEqualTo(7);
    }
}
