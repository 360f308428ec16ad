package no.vidsynt.veiledning.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import no.vidsynt.core.catalogue.control.CourseAuthoring;
import no.vidsynt.core.catalogue.control.CourseDetails;
import no.vidsynt.core.catalogue.control.CoursePublishing;
import no.vidsynt.core.catalogue.control.CourseStructure;
import no.vidsynt.core.catalogue.control.Editor;
import no.vidsynt.core.catalogue.control.PublishedCourse.Availability;
import no.vidsynt.core.catalogue.control.PublishedCourse.CompletionRule;
import no.vidsynt.core.catalogue.control.PublishedCourse.Prerequisite;
import no.vidsynt.core.catalogue.entity.Course;
import no.vidsynt.core.catalogue.entity.CourseSection;
import no.vidsynt.core.catalogue.entity.CourseUnit;
import no.vidsynt.core.people.control.People;
import no.vidsynt.core.spi.DemoContribution;
import no.vidsynt.core.spi.DemoSeeding;
import no.vidsynt.veiledning.VeiledningModule;
import no.vidsynt.veiledning.demo.TaskSections.Task;

/**
 * The demo's Veiledning course, "Grunnkurs i veiledning" (departments are enrolled by their leader): the supervisor's
 * role, then process leadership in practice, which opens once the first section is done. Built and published by anne.
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
        Course course = authoring.create(anne, VeiledningModule.KEY, new CourseDetails("Grunnkurs i veiledning",
                "For deg som skal veilede i egen avdeling: veilederrollen, barnets prosjekt og hvordan du leder en "
                        + "veiledningsprosess som gir kollegene nye perspektiver og handlingsmuligheter.",
                false, CompletionRule.ALL_REQUIRED, null));
        CourseSection role = TaskSections.add(structure, anne, course.getId(), "Veilederrollen", List.of(
                new Task("Hva er god veiledning?", true, "Tenk tilbake på en veiledning som hjalp deg. Hva gjorde "
                        + "veilederen, og hva gjorde det mulig for deg å se saken på en ny måte?"),
                new Task("Flere perspektiver på samme sak", true, "Se en sak fra avdelingen fra tre ståsteder: "
                        + "barnets, foreldrenes og personalets. Hvilke nye muligheter viser seg?"),
                new Task("Forbered en veiledningssamtale", true, "Lag en kort plan for en veiledningssamtale med en "
                        + "kollega: hva er temaet, hvilke spørsmål vil du stille, og hvordan holder du barnet i "
                        + "sentrum?")));
        CourseSection practice = TaskSections.add(structure, anne, course.getId(), "Prosessledelse i praksis", List.of(
                new Task("Planlegg praksistreningen", true, "Velg hvilken ferdighet du vil øve på i neste "
                        + "praksistrening, og tenk gjennom hva du ønsker tilbakemelding på fra treneren."),
                new Task("Logg veiledning i egen avdeling", true, "Gjennomfør en veiledning i egen avdeling. Se etterpå "
                        + "på tema, hvem som deltok og hva dere kom fram til."),
                new Task("Se tilbake på treningen", false, "Hva lærte du om deg selv som veileder? Hva vil du "
                        + "gjøre likt og ulikt neste gang?")));
        CourseUnit gated = structure.units(practice).get(0);
        structure.editUnit(anne, course.getId(), null, gated.getId(), new CourseStructure.UnitChange(
                gated.getTitle(), true, gated.getSettings(), new Availability(
                        List.of(new Prerequisite(Prerequisite.Kind.SECTION, role.getId())), null, null, null, null)));
        publishing.publish(anne, course.getId(), null);
        demo.addCourse(VeiledningModule.KEY, course.getId());
    }
}
