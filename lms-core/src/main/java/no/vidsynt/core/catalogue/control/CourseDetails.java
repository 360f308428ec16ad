package no.vidsynt.core.catalogue.control;

import java.util.ArrayList;
import java.util.List;
import no.vidsynt.core.catalogue.control.PublishedCourse.CompletionRule;
import no.vidsynt.core.platform.input.SingleLine;

/**
 * What an author says about a course as a whole.
 *
 * @param title the title (required, at most 200 characters)
 * @param summary a short description for the catalogue (at most 4000 characters), may be empty
 * @param selfEnrolment whether learners may enrol themselves
 * @param completionRule how the course is completed
 * @param completionCount for {@link CompletionRule#N_OF_M}: how many units (at least 1)
 */
public record CourseDetails(
        String title, String summary, boolean selfEnrolment, CompletionRule completionRule, Integer completionCount) {

    public CourseDetails {
        title = title == null ? null : title.strip();
        summary = summary == null || summary.isBlank() ? null : summary.strip();
    }

    public List<Violation> problems() {
        List<Violation> problems = new ArrayList<>();
        if (title == null || title.isEmpty()) {
            problems.add(Violation.of("title", "error.title.required"));
        } else if (title.length() > 200) {
            problems.add(Violation.of("title", "error.title.long", 200));
        } else if (SingleLine.hasBreak(title)) {
            problems.add(Violation.of("title", "error.title.lineBreak"));
        }
        if (summary != null && summary.length() > 4000) {
            problems.add(Violation.of("summary", "error.summary.long", 4000));
        }
        if (completionRule == null) {
            problems.add(Violation.of("completionRule", "error.completionRule.required"));
        } else if (completionRule == CompletionRule.N_OF_M && (completionCount == null || completionCount < 1)) {
            problems.add(Violation.of("completionCount", "error.completionCount.min"));
        }
        return problems;
    }
}
