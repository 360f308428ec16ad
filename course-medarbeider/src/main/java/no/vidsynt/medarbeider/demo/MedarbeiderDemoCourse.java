package no.vidsynt.medarbeider.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import no.vidsynt.core.catalogue.control.CourseAuthoring;
import no.vidsynt.core.catalogue.control.CourseDetails;
import no.vidsynt.core.catalogue.control.CoursePublishing;
import no.vidsynt.core.catalogue.control.CourseStructure;
import no.vidsynt.core.catalogue.control.Editor;
import no.vidsynt.core.catalogue.control.PublishedCourse.CompletionRule;
import no.vidsynt.core.catalogue.control.TaskSections;
import no.vidsynt.core.catalogue.control.TaskSections.Task;
import no.vidsynt.core.catalogue.entity.Course;
import no.vidsynt.core.people.control.People;
import no.vidsynt.core.spi.DemoContribution;
import no.vidsynt.core.spi.DemoSeeding;
import no.vidsynt.medarbeider.MedarbeiderModule;

/** The demo's Medarbeider course, open for self-enrolment, with two sections of tasks; built and published by anne. */
@ApplicationScoped
public class MedarbeiderDemoCourse implements DemoContribution {

    static final String TITLE = "Kultur og språk på arbeidsplassen";

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
                MedarbeiderModule.KEY,
                new CourseDetails(
                        TITLE,
                        "Hvordan snakker vi om barna og ungdommene vi møter, og hvorfor gjør vi ting slik vi gjør her? "
                                + "Et selvstudium om språket, de uskrevne reglene og kulturen på din egen arbeidsplass.",
                        true,
                        CompletionRule.ALL_REQUIRED,
                        null));
        TaskSections.add(
                structure,
                anne,
                course.getId(),
                "Språket vi bruker",
                List.of(
                        new Task(
                                "Lytt til ditt eget språk",
                                true,
                                "Legg merke til ordene du og kollegene dine bruker om "
                                        + "barna og ungdommene i løpet av en vakt. Finn tre uttrykk som går igjen, og tenk over "
                                        + "hva de sier om hvordan vi ser på barnet."),
                        new Task(
                                "Barnets prosjekt",
                                true,
                                "Tenk på et barn eller en ungdom du møter i hverdagen. Hva "
                                        + "prøver hun eller han å få til? Tenk gjennom en situasjon med barnets prosjekt som "
                                        + "utgangspunkt, ikke problemet."),
                        new Task(
                                "Ord som stenger og ord som åpner",
                                false,
                                "Tenk på én beskrivelse av et barn som stengte for "
                                        + "nye muligheter. Hvordan kan den sies slik at den åpner for andre forståelser?")));
        TaskSections.add(
                structure,
                anne,
                course.getId(),
                "Hvorfor gjør vi det slik her?",
                List.of(
                        new Task(
                                "Uskrevne regler",
                                true,
                                "Hvilke uskrevne regler gjelder der du jobber? Finn to "
                                        + "regler som hjelper barna, og én som kanskje mest hjelper oss voksne."),
                        new Task(
                                "Ta spørsmålet med til kollegene",
                                false,
                                "Ta med spørsmålet «hvorfor gjør vi ting slik "
                                        + "vi gjør her?» til neste personalmøte eller overlapp. Bli enige om hva dere vil se "
                                        + "nærmere på."),
                        new Task(
                                "Min neste endring",
                                true,
                                "Velg én liten ting du vil gjøre annerledes i møte med barna "
                                        + "den neste måneden. Bestem hva, når og hvordan du vil merke at det virker.")));
        publishing.publish(anne, course.getId(), null);
        demo.addCourse(MedarbeiderModule.KEY, course.getId());
    }
}
