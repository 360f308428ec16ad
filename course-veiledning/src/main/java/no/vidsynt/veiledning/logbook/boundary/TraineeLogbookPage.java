package no.vidsynt.veiledning.logbook.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import no.vidsynt.core.people.control.People;
import no.vidsynt.core.people.entity.Person;
import no.vidsynt.core.platform.web.PageRefusal;
import no.vidsynt.core.security.boundary.CurrentPerson;
import no.vidsynt.veiledning.completion.control.CompletionChecklist;
import no.vidsynt.veiledning.completion.control.ProgrammeCompletion;
import no.vidsynt.veiledning.completion.control.ProgrammeRefusal;
import no.vidsynt.veiledning.logbook.control.Logbook;

/**
 * Backs the trainer's view of one trainee's logbook ({@code ?person=<id>}): how many entries, the checklist, and the
 * entries the trainee shared; never the others. Anyone but the trainee's trainer (or an administrator) gets 404.
 */
@Named
@RequestScoped
public class TraineeLogbookPage {

    @Inject
    CurrentPerson currentPerson;

    @Inject
    Logbook logbook;

    @Inject
    ProgrammeCompletion completion;

    @Inject
    People people;

    private Long person;
    private Logbook.TrainerView view;
    private String name;
    private CompletionChecklist checklist;

    /** The view action: loads the trainee's logbook as their trainer sees it, or ends the request with 404. */
    public void load() {
        try {
            if (person == null) {
                throw ProgrammeRefusal.notFound();
            }
            view = logbook.forTrainer(currentPerson.require(), person);
            name = people.byId(person).map(Person::getDisplayName).orElse("");
            checklist = completion.checklist(person).orElse(null);
        } catch (ProgrammeRefusal refused) {
            PageRefusal.notFound();
        }
    }

    public String itemText(CompletionChecklist.Item item) {
        return PageTexts.text(item.labelKey(), item.have(), item.need());
    }

    public String date(LocalDate date) {
        return PageTexts.date(date);
    }

    public Long getPerson() {
        return person;
    }

    public void setPerson(Long person) {
        this.person = person;
    }

    public Logbook.TrainerView getView() {
        return view;
    }

    public String getName() {
        return name;
    }

    public CompletionChecklist getChecklist() {
        return checklist;
    }
}
