package no.vidsynt.app.it.plugin.sample;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import no.vidsynt.core.catalogue.control.CourseAuthoring;
import no.vidsynt.core.catalogue.control.CourseDetails;
import no.vidsynt.core.catalogue.control.CoursePublishing;
import no.vidsynt.core.catalogue.control.CourseStructure;
import no.vidsynt.core.catalogue.control.Editor;
import no.vidsynt.core.catalogue.control.PublishedCourse.CompletionRule;
import no.vidsynt.core.catalogue.entity.Course;
import no.vidsynt.core.catalogue.entity.CourseUnit;
import no.vidsynt.core.people.control.People;
import no.vidsynt.core.scheduling.control.SessionRules;
import no.vidsynt.core.scheduling.control.Sessions;
import no.vidsynt.core.scheduling.entity.SessionDetails;
import no.vidsynt.core.spi.DemoContribution;
import no.vidsynt.core.spi.DemoSeeding;

/**
 * The test programme's demo: an open course "Prøveprogrammets kurs" with a required and an optional step of its own
 * unit type, and a peer review session with tor. Seeded in the courses step and makes its session there too.
 */
@ApplicationScoped
public class SampleDemo implements DemoContribution {

    public static final String COURSE = "Prøveprogrammets kurs";
    public static final String SESSION = "Kollegavurdering i prøveprogrammet";

    @Inject
    People people;

    @Inject
    CourseAuthoring authoring;

    @Inject
    CourseStructure structure;

    @Inject
    CoursePublishing publishing;

    @Inject
    Sessions sessions;

    @Override
    public Step step() {
        return Step.COURSES;
    }

    @Override
    public void seed(DemoSeeding demo) {
        Editor anne = Editor.of(people.byUsername("anne").orElseThrow());
        Course course = authoring.create(
                anne,
                SampleModule.KEY,
                new CourseDetails(
                        COURSE, "Et kurs som bare finnes i testene.", true, CompletionRule.ALL_REQUIRED, null));
        long section =
                structure.addSection(anne, course.getId(), null, "Prøvesteg").getId();
        step(anne, course.getId(), section, "Første steg", true);
        step(anne, course.getId(), section, "Valgfritt steg", false);
        publishing.publish(anne, course.getId(), null);
        demo.addCourse(SampleModule.KEY, course.getId());

        var start = SessionRules.oslo(
                LocalDate.now(ZoneId.of("Europe/Oslo")).plusDays(9).atTime(LocalTime.of(10, 0)));
        sessions.seed(
                new SessionDetails(
                        SampleModule.PEER_REVIEW,
                        SESSION,
                        SampleModule.KEY,
                        null,
                        null,
                        start,
                        start.plus(Duration.ofHours(2)),
                        "Kristiansand",
                        null,
                        4,
                        null,
                        start,
                        start,
                        60),
                1,
                people.byUsername("tor").orElseThrow());
    }

    private void step(Editor anne, long courseId, long section, String title, boolean required) {
        CourseUnit unit = structure.addUnit(anne, courseId, null, section, SampleStepType.KEY, title);
        structure.editUnit(
                anne, courseId, null, unit.getId(), new CourseStructure.UnitChange(title, required, "{}", null));
    }
}
