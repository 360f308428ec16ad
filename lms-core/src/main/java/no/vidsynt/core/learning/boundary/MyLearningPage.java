package no.vidsynt.core.learning.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;
import no.vidsynt.core.enrolment.entity.Enrolment;
import no.vidsynt.core.learning.control.Learning;
import no.vidsynt.core.learning.control.LearningTexts;
import no.vidsynt.core.security.boundary.CurrentPerson;

/** Backs "Min læring": the person's courses, how far they are, where to continue. */
@Named
@RequestScoped
public class MyLearningPage {

    @Inject
    CurrentPerson currentPerson;

    @Inject
    Learning learning;

    private List<Learning.CourseSummary> courses;

    private List<Learning.CourseSummary> courses() {
        if (courses == null) {
            courses = currentPerson.get().map(learning::myCourses).orElse(List.of());
        }
        return courses;
    }

    public List<Learning.CourseSummary> getOngoing() {
        return courses().stream().filter(course -> course.status() == Enrolment.Status.ACTIVE).toList();
    }

    public List<Learning.CourseSummary> getCompleted() {
        return courses().stream().filter(course -> course.status() == Enrolment.Status.COMPLETED).toList();
    }

    public List<Learning.CourseSummary> getWithdrawn() {
        return courses().stream().filter(course -> course.status() == Enrolment.Status.WITHDRAWN).toList();
    }

    public String date(Instant at) {
        return at == null ? "" : LearningTexts.dateTime(at, Pages.locale());
    }
}
