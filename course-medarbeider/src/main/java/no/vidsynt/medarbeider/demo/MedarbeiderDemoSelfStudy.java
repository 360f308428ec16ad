package no.vidsynt.medarbeider.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import no.vidsynt.core.catalogue.control.CoursePublishing;
import no.vidsynt.core.catalogue.control.CourseStructure;
import no.vidsynt.core.catalogue.control.Editor;
import no.vidsynt.core.catalogue.entity.CourseSection;
import no.vidsynt.core.people.control.People;
import no.vidsynt.core.people.entity.Person;
import no.vidsynt.core.selfstudy.page.control.PageUnitType;
import no.vidsynt.core.selfstudy.page.control.ReadingPages;
import no.vidsynt.core.selfstudy.quiz.control.QuestionKind;
import no.vidsynt.core.selfstudy.quiz.control.QuizDefinition;
import no.vidsynt.core.selfstudy.quiz.control.QuizDefinition.Option;
import no.vidsynt.core.selfstudy.quiz.control.QuizDefinition.Question;
import no.vidsynt.core.selfstudy.quiz.control.QuizUnitType;
import no.vidsynt.core.selfstudy.quiz.control.Quizzes;
import no.vidsynt.core.selfstudy.reflection.control.Journal;
import no.vidsynt.core.selfstudy.reflection.control.ReflectionUnitType;
import no.vidsynt.core.spi.DemoContribution;
import no.vidsynt.core.spi.DemoSeeding;
import no.vidsynt.medarbeider.MedarbeiderModule;

/**
 * Adds a self-study section to the demo's Medarbeider course: a reading page, a reflection and a self-assessment,
 * written by anne, then publishes the course again so that learners see it.
 */
@ApplicationScoped
public class MedarbeiderDemoSelfStudy implements DemoContribution {

    @Inject
    People people;

    @Inject
    CourseStructure structure;

    @Inject
    CoursePublishing publishing;

    @Inject
    ReadingPages pages;

    @Inject
    Journal journal;

    @Inject
    Quizzes quizzes;

    @Override
    public Step step() {
        return Step.COURSE_CONTENT;
    }

    @Override
    public void seed(DemoSeeding demo) {
        Long courseId = demo.course(MedarbeiderModule.KEY).orElse(null);
        Person anne = people.byUsername("anne").orElse(null);
        if (courseId == null || anne == null) {
            return;
        }
        Editor editor = Editor.of(anne);
        CourseSection section = structure.addSection(editor, courseId, null, "Les, reflekter og test deg selv");
        long page = structure
                .addUnit(editor, courseId, null, section.getId(), PageUnitType.KEY, "Kultur er det vi gjør hver dag")
                .getId();
        pages.save(anne, page, PAGE, false);
        long reflection = structure
                .addUnit(
                        editor,
                        courseId,
                        null,
                        section.getId(),
                        ReflectionUnitType.KEY,
                        "Hvorfor gjør vi tingene sånn hos oss?")
                .getId();
        journal.savePrompts(
                anne,
                reflection,
                List.of(
                        "Hvorfor gjør vi tingene sånn hos oss? Beskriv én vane i avdelingen som du har lurt på.",
                        "Hva ville skjedd om vi gjorde det annerledes – sett fra barnets ståsted?"));
        long quiz = structure
                .addUnit(editor, courseId, null, section.getId(), QuizUnitType.KEY, "Egenvurdering: barnets prosjekt")
                .getId();
        quizzes.save(anne, quiz, QUIZ, 60, null);
        publishing.publish(editor, courseId, null);
    }

    private static final String PAGE = """
            # Kultur er det vi gjør hver dag

            Kulturen på en arbeidsplass sitter ikke i veggene. Den lever i **språket vi bruker**, i de *uskrevne
            reglene* og i vanene vi sjelden stiller spørsmål ved.

            ## Hvorfor kultur?

            Forskning på implementering viser at det gir liten effekt å sende enkeltpersoner på kurs. Når hele
            arbeidsplassen lærer sammen, og læringen følges opp lokalt over tid, endres praksis.

            ## Barnets prosjekt

            Et barn er kompetent og en aktør i eget liv. Spør deg selv:

            - Hva prøver barnet å få til?
            - Hvilke andre måter kan vi forstå situasjonen på?
            - Hva kan vi voksne gjøre annerledes i morgen?

            > «Hvorfor gjør vi tingene sånn hos oss?» er kanskje det viktigste spørsmålet i hele programmet.
            """;

    private static final QuizDefinition QUIZ = new QuizDefinition(List.of(
            new Question(
                    "q1",
                    QuestionKind.SINGLE_CHOICE,
                    "Hva gir best effekt når en arbeidsplass skal lære noe nytt?",
                    List.of(
                            new Option(
                                    "At én ansatt går på kurs og forteller de andre om det",
                                    false,
                                    "Forskningen finner liten effekt av å sende enkeltpersoner på kurs."),
                            new Option(
                                    "At alle lærer sammen, og læringen følges opp lokalt over tid",
                                    true,
                                    "Riktig: oppfølging over tid gjør at ny kunnskap blir brukt."),
                            new Option(
                                    "At lederen skriver en ny rutine",
                                    false,
                                    "En rutine alene endrer sjelden kulturen.")),
                    null,
                    List.of(),
                    "Bra!",
                    "Se lesestoffet om hvorfor kultur."),
            new Question(
                    "q2",
                    QuestionKind.TRUE_FALSE,
                    "I VidSynt ser vi barnet som kompetent og som en aktør i eget liv.",
                    List.of(),
                    true,
                    List.of(),
                    "Riktig: det er kjernen i barnets prosjekt.",
                    "Se avsnittet om barnets prosjekt."),
            new Question(
                    "q3",
                    QuestionKind.SCALE,
                    "Hos oss snakker vi ofte om hvorfor vi gjør ting som vi gjør.",
                    List.of(),
                    null,
                    List.of(),
                    "Takk! Ta gjerne med svaret til neste personalmøte.",
                    null)));
}
