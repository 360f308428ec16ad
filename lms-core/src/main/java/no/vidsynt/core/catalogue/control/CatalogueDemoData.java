package no.vidsynt.core.catalogue.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import no.vidsynt.core.catalogue.control.PublishedCourse.Availability;
import no.vidsynt.core.catalogue.control.PublishedCourse.CompletionRule;
import no.vidsynt.core.catalogue.control.PublishedCourse.Prerequisite;
import no.vidsynt.core.catalogue.entity.Course;
import no.vidsynt.core.catalogue.entity.CourseSection;
import no.vidsynt.core.catalogue.entity.CourseUnit;
import no.vidsynt.core.demo.DemoData;
import no.vidsynt.core.people.control.People;
import no.vidsynt.core.programme.control.CourseModules;

/**
 * The demo's courses: one published course per demo programme, built by anne (the demo author) through the same
 * services the editor uses. A programme that is not deployed is skipped. Fires {@link DemoCoursesSeeded} afterwards,
 * for features that enrol demo people in them.
 */
@ApplicationScoped
public class CatalogueDemoData {

    private static final Logger LOG = Logger.getLogger(CatalogueDemoData.class.getName());

    @Inject
    People people;

    @Inject
    CourseModules programmes;

    @Inject
    CourseAuthoring authoring;

    @Inject
    CourseStructure structure;

    @Inject
    CoursePublishing publishing;

    @Inject
    Event<DemoCoursesSeeded> seeded;

    /** Fired once, in the demo seeding transaction, with the demo courses' ids by programme key. */
    public record DemoCoursesSeeded(Map<String, Long> courseIdsByProgramme) {
    }

    private record Task(String title, boolean required, String text) {
    }

    void seed(@Observes DemoData.DemoSeeded event) {
        Editor anne = people.byUsername("anne").map(Editor::of).orElse(null);
        if (anne == null) {
            return;
        }
        Map<String, Long> created = new LinkedHashMap<>();
        if (programmes.byKey("medarbeider").isPresent()) {
            created.put("medarbeider", medarbeider(anne));
        }
        if (programmes.byKey("veiledning").isPresent()) {
            created.put("veiledning", veiledning(anne));
        }
        seeded.fire(new DemoCoursesSeeded(Map.copyOf(created)));
        LOG.info(() -> "Demo courses published: " + created);
    }

    private long medarbeider(Editor anne) {
        Course course = authoring.create(anne, "medarbeider", new CourseDetails("Kultur og språk på arbeidsplassen",
                "Hvordan snakker vi om barna og ungdommene vi møter, og hvorfor gjør vi ting slik vi gjør her? "
                        + "Et selvstudium om språket, de uskrevne reglene og kulturen på din egen arbeidsplass.",
                true, CompletionRule.ALL_REQUIRED, null));
        section(anne, course, "Språket vi bruker", List.of(
                new Task("Lytt til ditt eget språk", true, "Legg merke til ordene du og kollegene dine bruker om "
                        + "barna og ungdommene i løpet av en vakt. Finn tre uttrykk som går igjen, og tenk over "
                        + "hva de sier om hvordan vi ser på barnet."),
                new Task("Barnets prosjekt", true, "Tenk på et barn eller en ungdom du møter i hverdagen. Hva "
                        + "prøver hun eller han å få til? Tenk gjennom en situasjon med barnets prosjekt som "
                        + "utgangspunkt, ikke problemet."),
                new Task("Ord som stenger og ord som åpner", false, "Tenk på én beskrivelse av et barn som stengte for "
                        + "nye muligheter. Hvordan kan den sies slik at den åpner for andre forståelser?")));
        section(anne, course, "Hvorfor gjør vi det slik her?", List.of(
                new Task("Uskrevne regler", true, "Hvilke uskrevne regler gjelder der du jobber? Finn to "
                        + "regler som hjelper barna, og én som kanskje mest hjelper oss voksne."),
                new Task("Ta spørsmålet med til kollegene", false, "Ta med spørsmålet «hvorfor gjør vi ting slik "
                        + "vi gjør her?» til neste personalmøte eller overlapp. Bli enige om hva dere vil se "
                        + "nærmere på."),
                new Task("Min neste endring", true, "Velg én liten ting du vil gjøre annerledes i møte med barna "
                        + "den neste måneden. Bestem hva, når og hvordan du vil merke at det virker.")));
        publishing.publish(anne, course.getId(), null);
        return course.getId();
    }

    private long veiledning(Editor anne) {
        Course course = authoring.create(anne, "veiledning", new CourseDetails("Grunnkurs i veiledning",
                "For deg som skal veilede i egen avdeling: veilederrollen, barnets prosjekt og hvordan du leder en "
                        + "veiledningsprosess som gir kollegene nye perspektiver og handlingsmuligheter.",
                false, CompletionRule.ALL_REQUIRED, null));
        CourseSection role = section(anne, course, "Veilederrollen", List.of(
                new Task("Hva er god veiledning?", true, "Tenk tilbake på en veiledning som hjalp deg. Hva gjorde "
                        + "veilederen, og hva gjorde det mulig for deg å se saken på en ny måte?"),
                new Task("Flere perspektiver på samme sak", true, "Se en sak fra avdelingen fra tre ståsteder: "
                        + "barnets, foreldrenes og personalets. Hvilke nye muligheter viser seg?"),
                new Task("Forbered en veiledningssamtale", true, "Lag en kort plan for en veiledningssamtale med en "
                        + "kollega: hva er temaet, hvilke spørsmål vil du stille, og hvordan holder du barnet i "
                        + "sentrum?")));
        CourseSection practice = section(anne, course, "Prosessledelse i praksis", List.of(
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
        return course.getId();
    }

    private CourseSection section(Editor anne, Course course, String title, List<Task> tasks) {
        CourseSection section = structure.addSection(anne, course.getId(), null, title);
        for (Task task : tasks) {
            CourseUnit unit = structure.addUnit(anne, course.getId(), null, section.getId(), TaskUnitType.KEY,
                    task.title());
            structure.editUnit(anne, course.getId(), null, unit.getId(), new CourseStructure.UnitChange(task.title(),
                    task.required(), Json.createObjectBuilder().add("text", task.text()).build().toString(), null));
        }
        return section;
    }
}
