package no.vidsynt.medarbeider.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import no.vidsynt.core.catalogue.control.PublishedCourse;
import no.vidsynt.core.catalogue.control.PublishedCourses;
import no.vidsynt.core.demo.DemoData;
import no.vidsynt.core.enrolment.control.Enrolments;
import no.vidsynt.core.people.control.People;
import no.vidsynt.core.people.entity.Person;
import no.vidsynt.core.progress.control.ProgressRecorder;
import no.vidsynt.core.spi.DemoContribution;
import no.vidsynt.core.spi.DemoSeeding;
import no.vidsynt.medarbeider.MedarbeiderModule;

/**
 * Learning under way in the Medarbeider course, so that every role sees something on its first visit: Lise, Arne and
 * Lise's colleagues have enrolled themselves; Lise has done the first two units and opened the third; two colleagues
 * have finished, three are under way and one has not started (so Leif's aggregates show figures).
 */
@ApplicationScoped
public class MedarbeiderDemoLearning implements DemoContribution {

    @Inject
    People people;

    @Inject
    Enrolments enrolments;

    @Inject
    ProgressRecorder progress;

    @Inject
    PublishedCourses publishedCourses;

    @Override
    public Step step() {
        return Step.LEARNING;
    }

    @Override
    public void seed(DemoSeeding demo) {
        Long course = demo.course(MedarbeiderModule.KEY).orElse(null);
        Person lise = people.byUsername("lise").orElse(null);
        Person arne = people.byUsername("arne").orElse(null);
        if (course == null || lise == null || arne == null) {
            return;
        }
        enrolments.enrolSelf(lise.getId(), course, null);
        enrolments.enrolSelf(arne.getId(), course, null);
        List<PublishedCourse.Unit> units =
                publishedCourses.latest(course).map(PublishedCourse::units).orElse(List.of());
        List<PublishedCourse.Unit> required =
                units.stream().filter(PublishedCourse.Unit::required).toList();
        units.stream().limit(2).forEach(unit -> progress.markDone(lise.getId(), unit.id()));
        units.stream().skip(2).findFirst().ifPresent(unit -> progress.visit(lise.getId(), unit.id()));
        int stage = 0;
        for (String[] colleague : DemoData.COLLEAGUES_IN_KRISTIANSAND) {
            Person person = people.byUsername(colleague[0]).orElse(null);
            if (person != null) {
                enrolments.enrolSelf(person.getId(), course, null);
                int done = stage < 2 ? required.size() : stage < 5 ? 1 : 0;
                required.stream().limit(done).forEach(unit -> progress.markDone(person.getId(), unit.id()));
            }
            stage++;
        }
    }
}
