package no.vidsynt.core.progress.control;

import java.util.List;
import java.util.Set;
import no.vidsynt.core.catalogue.control.PublishedCourse;

/**
 * A course's completion rule applied to the units a person has done. Pure logic: the recorder and the learner's pages
 * use it alike, so the bar on "my learning" and the completion date always agree.
 */
public final class CourseCompletion {

    private CourseCompletion() {}

    /** How far the person is: {@code done} of {@code needed} ("3 av 5 fullført"); done never exceeds needed. */
    public record Progress(int done, int needed) {
        public boolean isComplete() {
            return needed > 0 && done >= needed;
        }

        /** Whole per cent, 0..100. */
        public int percent() {
            return needed == 0 ? 0 : Math.min(100, done * 100 / needed);
        }
    }

    public static boolean isComplete(PublishedCourse course, Set<Long> doneUnitIds) {
        return progress(course, doneUnitIds).isComplete();
    }

    /**
     * ALL_REQUIRED counts the required units (every unit when none is marked required); N_OF_M counts every unit of
     * the course against the completion count (capped at the number of units).
     */
    public static Progress progress(PublishedCourse course, Set<Long> doneUnitIds) {
        List<PublishedCourse.Unit> units = course.units();
        if (course.completionRule() == PublishedCourse.CompletionRule.N_OF_M) {
            int needed = course.completionCount() == null
                    ? units.size()
                    : Math.max(0, Math.min(course.completionCount(), units.size()));
            int done = (int) units.stream()
                    .filter(unit -> doneUnitIds.contains(unit.id()))
                    .count();
            return new Progress(Math.min(done, needed), needed);
        }
        List<PublishedCourse.Unit> counted =
                units.stream().filter(PublishedCourse.Unit::required).toList();
        if (counted.isEmpty()) {
            counted = units;
        }
        int done = (int)
                counted.stream().filter(unit -> doneUnitIds.contains(unit.id())).count();
        return new Progress(done, counted.size());
    }

    /** A section counts as completed when its required units (or all, when none is required) are done. */
    public static boolean isSectionComplete(PublishedCourse.Section section, Set<Long> doneUnitIds) {
        List<PublishedCourse.Unit> counted =
                section.units().stream().filter(PublishedCourse.Unit::required).toList();
        if (counted.isEmpty()) {
            counted = section.units();
        }
        return !counted.isEmpty() && counted.stream().allMatch(unit -> doneUnitIds.contains(unit.id()));
    }
}
