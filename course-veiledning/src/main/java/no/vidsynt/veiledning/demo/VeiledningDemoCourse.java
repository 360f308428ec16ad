package no.vidsynt.veiledning.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.util.List;
import no.vidsynt.core.catalogue.control.CourseAuthoring;
import no.vidsynt.core.catalogue.control.CourseDetails;
import no.vidsynt.core.catalogue.control.CoursePublishing;
import no.vidsynt.core.catalogue.control.CourseStructure;
import no.vidsynt.core.catalogue.control.Editor;
import no.vidsynt.core.catalogue.control.PublishedCourse.Availability;
import no.vidsynt.core.catalogue.control.PublishedCourse.CompletionRule;
import no.vidsynt.core.catalogue.control.PublishedCourse.Prerequisite;
import no.vidsynt.core.catalogue.control.TaskSections;
import no.vidsynt.core.catalogue.control.TaskSections.Task;
import no.vidsynt.core.catalogue.entity.Course;
import no.vidsynt.core.catalogue.entity.CourseSection;
import no.vidsynt.core.catalogue.entity.CourseUnit;
import no.vidsynt.core.people.control.People;
import no.vidsynt.core.scheduling.control.SessionUnitType;
import no.vidsynt.core.spi.DemoContribution;
import no.vidsynt.core.spi.DemoSeeding;
import no.vidsynt.veiledning.VeiledningModule;

/**
 * The demo's Veiledning course, "Grunnkurs i veiledning" (departments are enrolled by their leader): the supervisor's
 * role, then process leadership in practice, which opens once the first section is done. Practice is a blended path:
 * two session units (completed by attendance, with reflections before and after), the practice training bookable once
 * its planning is done, the look back open once the training is attended. Built and published by anne.
 */
@ApplicationScoped
public class VeiledningDemoCourse implements DemoContribution {

    @Inject
    People people;

    @Inject
    CourseAuthoring authoring;

    @Inject
    CourseStructure structure;

    @Inject
    CoursePublishing publishing;

    @Override
    public Step step() {
        return Step.COURSES;
    }

    @Override
    public void seed(DemoSeeding demo) {
        Editor anne = people.byUsername("anne").map(Editor::of).orElse(null);
        if (anne == null) {
            return;
        }
        Course course = authoring.create(
                anne,
                VeiledningModule.KEY,
                new CourseDetails(
                        "Grunnkurs i veiledning",
                        "For deg som skal veilede i egen avdeling: veilederrollen, barnets prosjekt og hvordan du leder en "
                                + "veiledningsprosess som gir kollegene nye perspektiver og handlingsmuligheter.",
                        false,
                        CompletionRule.ALL_REQUIRED,
                        null));
        CourseSection role = TaskSections.add(
                structure,
                anne,
                course.getId(),
                "Veilederrollen",
                List.of(
                        new Task(
                                "Hva er god veiledning?",
                                true,
                                "Tenk tilbake på en veiledning som hjalp deg. Hva gjorde "
                                        + "veilederen, og hva gjorde det mulig for deg å se saken på en ny måte?"),
                        new Task(
                                "Flere perspektiver på samme sak",
                                true,
                                "Se en sak fra avdelingen fra tre ståsteder: "
                                        + "barnets, foreldrenes og personalets. Hvilke nye muligheter viser seg?"),
                        new Task(
                                "Forbered en veiledningssamtale",
                                true,
                                "Lag en kort plan for en veiledningssamtale med en "
                                        + "kollega: hva er temaet, hvilke spørsmål vil du stille, og hvordan holder du barnet i "
                                        + "sentrum?")));
        CourseSection practice = TaskSections.add(
                structure,
                anne,
                course.getId(),
                "Prosessledelse i praksis",
                List.of(new Task(
                        "Planlegg praksistreningen",
                        true,
                        "Velg hvilken ferdighet du vil øve på i neste "
                                + "praksistrening, og tenk gjennom hva du ønsker tilbakemelding på fra treneren.")));
        CourseUnit gated = structure.units(practice).get(0);
        structure.editUnit(
                anne,
                course.getId(),
                null,
                gated.getId(),
                new CourseStructure.UnitChange(
                        gated.getTitle(),
                        true,
                        gated.getSettings(),
                        new Availability(
                                List.of(new Prerequisite(Prerequisite.Kind.SECTION, role.getId())),
                                null,
                                null,
                                null,
                                null)));
        // The blended path: practice training is booked once the planning is done, and completed by attendance.
        CourseUnit training = sessionUnit(
                anne,
                course.getId(),
                practice,
                "Praksistrening: samtalen med barnet",
                "Hva vil du øve på i treningen, og hva ønsker du tilbakemelding på?",
                "Hva lærte du om deg selv som veileder i treningen? Hva tar du med deg inn i neste samtale?",
                gated.getId());
        TaskSections.addTo(
                structure,
                anne,
                course.getId(),
                practice,
                List.of(new Task(
                        "Logg veiledning i egen avdeling",
                        true,
                        "Gjennomfør en veiledning i egen avdeling. Se etterpå "
                                + "på tema, hvem som deltok og hva dere kom fram til.")));
        sessionUnit(
                anne,
                course.getId(),
                practice,
                "Veiledningsgruppe",
                "Hvilken sak fra egen avdeling vil du ta med til gruppen?",
                null,
                null);
        TaskSections.addTo(
                structure,
                anne,
                course.getId(),
                practice,
                List.of(new Task(
                        "Se tilbake på treningen",
                        false,
                        "Hva lærte du om deg selv som veileder? Hva vil du " + "gjøre likt og ulikt neste gang?")));
        CourseUnit lookBack =
                structure.units(practice).get(structure.units(practice).size() - 1);
        structure.editUnit(
                anne,
                course.getId(),
                null,
                lookBack.getId(),
                new CourseStructure.UnitChange(
                        lookBack.getTitle(),
                        false,
                        lookBack.getSettings(),
                        new Availability(
                                List.of(new Prerequisite(Prerequisite.Kind.UNIT, training.getId())),
                                null,
                                null,
                                null,
                                null)));
        publishing.publish(anne, course.getId(), null);
        demo.addCourse(VeiledningModule.KEY, course.getId());
    }

    /**
     * A unit completed by attendance at one of its sessions, with reflection prompts for before and after (an empty
     * one is left out), open after {@code after} when given.
     */
    private CourseUnit sessionUnit(
            Editor anne,
            long courseId,
            CourseSection section,
            String title,
            String before,
            String after,
            Long afterUnit) {
        CourseUnit unit = structure.addUnit(anne, courseId, null, section.getId(), SessionUnitType.KEY, title);
        var settings = Json.createObjectBuilder().add(SessionUnitType.BEFORE, before);
        if (after != null) {
            settings.add(SessionUnitType.AFTER, after);
        }
        Availability availability = afterUnit == null
                ? null
                : new Availability(
                        List.of(new Prerequisite(Prerequisite.Kind.UNIT, afterUnit)), null, null, null, null);
        return structure.editUnit(
                anne,
                courseId,
                null,
                unit.getId(),
                new CourseStructure.UnitChange(title, true, settings.build().toString(), availability));
    }
}
