package no.vidsynt.core.learning.control;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import no.vidsynt.core.catalogue.control.CatalogueDemoData;
import no.vidsynt.core.catalogue.control.PublishedCourse;
import no.vidsynt.core.catalogue.control.PublishedCourses;
import no.vidsynt.core.demo.DemoData;
import no.vidsynt.core.enrolment.control.Enrolments;
import no.vidsynt.core.organisation.entity.OrgUnit;
import no.vidsynt.core.people.control.People;
import no.vidsynt.core.people.entity.Person;
import no.vidsynt.core.progress.control.ProgressRecorder;

/**
 * The demo's learning under way, so that every role sees something on its first visit: Leif has enrolled Avdeling
 * Kristiansand in the Veiledning course; Lise, Arne and Lise's colleagues have enrolled themselves in the Medarbeider
 * course and are at different stages of it. Runs after the other demo observers (which complete the courses' structure).
 */
@ApplicationScoped
public class LearningDemoData {

    @Inject
    People people;

    @Inject
    Enrolments enrolments;

    @Inject
    ProgressRecorder progress;

    @Inject
    PublishedCourses publishedCourses;

    void seed(@Observes @Priority(jakarta.interceptor.Interceptor.Priority.APPLICATION + 900)
            CatalogueDemoData.DemoCoursesSeeded courses) {
        Map<String, Long> ids = courses.courseIdsByProgramme();
        Long medarbeider = ids.get("medarbeider");
        Long veiledning = ids.get("veiledning");
        Person lise = people.byUsername("lise").orElse(null);
        Person arne = people.byUsername("arne").orElse(null);
        Person leif = people.byUsername("leif").orElse(null);
        if (lise == null || arne == null || leif == null) {
            return;
        }
        if (medarbeider != null) {
            enrolments.enrolSelf(lise.getId(), medarbeider, null);
            enrolments.enrolSelf(arne.getId(), medarbeider, null);
            List<PublishedCourse.Unit> units = publishedCourses.latest(medarbeider).map(PublishedCourse::units)
                    .orElse(List.of());
            List<PublishedCourse.Unit> required = units.stream().filter(PublishedCourse.Unit::required).toList();
            units.stream().limit(2).forEach(unit -> progress.markDone(lise.getId(), unit.id()));
            units.stream().skip(2).findFirst().ifPresent(unit -> progress.visit(lise.getId(), unit.id()));
            // Lise's colleagues at different stages: two have finished, three are under way, one has not started.
            int stage = 0;
            for (String[] colleague : DemoData.COLLEAGUES_IN_KRISTIANSAND) {
                Person person = people.byUsername(colleague[0]).orElse(null);
                if (person != null) {
                    enrolments.enrolSelf(person.getId(), medarbeider, null);
                    int done = stage < 2 ? required.size() : stage < 5 ? 1 : 0;
                    required.stream().limit(done).forEach(unit -> progress.markDone(person.getId(), unit.id()));
                }
                stage++;
            }
        }
        if (veiledning != null) {
            leif.getUnits().stream().map(OrgUnit::getId).findFirst()
                    .ifPresent(unit -> enrolments.enrolUnit(leif, unit, veiledning, null));
        }
    }
}
