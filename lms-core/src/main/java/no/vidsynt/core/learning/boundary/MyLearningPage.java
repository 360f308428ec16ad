package no.vidsynt.core.learning.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import no.vidsynt.core.enrolment.entity.Enrolment;
import no.vidsynt.core.learning.control.CourseLinks;
import no.vidsynt.core.learning.control.Learning;
import no.vidsynt.core.learning.control.LearningTexts;
import no.vidsynt.core.scheduling.control.SessionPreparation;
import no.vidsynt.core.scheduling.control.UnitSessions;
import no.vidsynt.core.security.boundary.CurrentPerson;

/** Backs "Min læring": the person's courses, how far they are, where to continue. */
@Named
@RequestScoped
public class MyLearningPage {

    @Inject
    CurrentPerson currentPerson;

    @Inject
    Learning learning;

    @Inject
    UnitSessions unitSessions;

    @Inject
    @Any
    Instance<SessionPreparation> preparation;

    @Inject
    @Any
    Instance<CourseLinks> courseLinks;

    private List<Learning.CourseSummary> courses;
    private final Map<Long, Optional<String>> nextSessions = new HashMap<>();

    private List<Learning.CourseSummary> courses() {
        if (courses == null) {
            courses = currentPerson.get().map(learning::myCourses).orElse(List.of());
        }
        return courses;
    }

    public List<Learning.CourseSummary> getOngoing() {
        return courses().stream()
                .filter(course -> course.status() == Enrolment.Status.ACTIVE)
                .toList();
    }

    public List<Learning.CourseSummary> getCompleted() {
        return courses().stream()
                .filter(course -> course.status() == Enrolment.Status.COMPLETED)
                .toList();
    }

    public List<Learning.CourseSummary> getWithdrawn() {
        return courses().stream()
                .filter(course -> course.status() == Enrolment.Status.WITHDRAWN)
                .toList();
    }

    /** What features and modules add to the course ({@link CourseLinks}): a certificate to download, say. */
    public List<CourseLinks.Link> links(Learning.CourseSummary course) {
        return currentPerson
                .get()
                .map(person -> courseLinks.stream()
                        .flatMap(links -> links
                                .links(
                                        person.getId(),
                                        course.courseId(),
                                        course.status() == Enrolment.Status.COMPLETED,
                                        Pages.locale())
                                .stream())
                        .toList())
                .orElse(List.of());
    }

    /**
     * The next step when it is a session the person has a place in: "Neste: Trening 12. mars kl. 09.00 – skriv
     * refleksjonen før økten" (the second half only while the unit's before-reflection is unwritten); null otherwise.
     */
    public String nextSession(Learning.CourseSummary course) {
        if (course.next() == null) {
            return null;
        }
        return nextSessions
                .computeIfAbsent(
                        course.courseId(),
                        id -> currentPerson
                                .get()
                                .flatMap(person -> unitSessions
                                        .place(person.getId(), course.next().id())
                                        .filter(place -> !place.attended())
                                        .map(place -> {
                                            Locale locale = Pages.locale();
                                            String when = LearningTexts.dayAndTime(place.startsAt(), locale);
                                            boolean write = place.booked()
                                                    && preparation.stream()
                                                            .anyMatch(p -> p.beforeOutstanding(
                                                                    person.getId(),
                                                                    course.next()
                                                                            .id()));
                                            return LearningTexts.get(
                                                    locale,
                                                    write ? "my.nextSessionReflect" : "my.nextSession",
                                                    place.title(),
                                                    when);
                                        })))
                .orElse(null);
    }

    public String date(Instant at) {
        return at == null ? "" : LearningTexts.dateTime(at, Pages.locale());
    }
}
