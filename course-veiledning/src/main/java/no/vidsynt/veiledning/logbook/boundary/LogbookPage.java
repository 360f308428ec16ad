package no.vidsynt.veiledning.logbook.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import no.vidsynt.core.people.entity.Person;
import no.vidsynt.core.security.boundary.CurrentPerson;
import no.vidsynt.veiledning.completion.control.CompletionChecklist;
import no.vidsynt.veiledning.completion.control.ProgrammeCompletion;
import no.vidsynt.veiledning.completion.control.ProgrammeRefusal;
import no.vidsynt.veiledning.logbook.control.LogDraft;
import no.vidsynt.veiledning.logbook.control.Logbook;
import no.vidsynt.veiledning.logbook.entity.LogEntry;
import no.vidsynt.veiledning.logbook.entity.LogMode;

/** Backs "Veiledningslogg": the trainee's own entries, the form to write or change one, sharing, the checklist. */
@Named
@ViewScoped
public class LogbookPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CurrentPerson currentPerson;

    @Inject
    transient Logbook logbook;

    @Inject
    transient ProgrammeCompletion completion;

    private transient List<LogEntry> entries;
    private Long editing;
    private LocalDate givenOn = LocalDate.now(java.time.ZoneId.of("Europe/Oslo"));
    private Integer minutes;
    private LogMode mode = LogMode.INDIVIDUAL;
    private Integer participants = 1;
    private String theme;
    private String method;
    private String whatWorked;
    private String reflection;

    private Person me() {
        return currentPerson.require();
    }

    public boolean isTrainee() {
        return logbook.isTrainee(me());
    }

    public List<LogEntry> getEntries() {
        if (entries == null) {
            entries = isTrainee() ? logbook.mine(me()) : List.of();
        }
        return entries;
    }

    public CompletionChecklist getChecklist() {
        return completion.checklist(me().getId()).orElse(null);
    }

    public String itemText(CompletionChecklist.Item item) {
        return PageTexts.text(item.labelKey(), item.have(), item.need());
    }

    public String date(LocalDate date) {
        return PageTexts.date(date);
    }

    public LogMode[] getModes() {
        return LogMode.values();
    }

    public String save() {
        LogDraft draft = new LogDraft(givenOn, minutes, mode, participants, theme, method, whatWorked, reflection);
        try {
            if (editing == null) {
                logbook.write(me(), draft);
                PageTexts.done("logbook.written");
            } else {
                logbook.change(me(), editing, draft);
                PageTexts.done("logbook.changed");
            }
        } catch (ProgrammeRefusal refused) {
            PageTexts.refused(refused, "entry");
            return null;
        }
        return "/veiledning/logbook?faces-redirect=true";
    }

    /** Fills the form with one of the writer's entries. */
    public void edit(long id) {
        LogEntry entry = logbook.mine(me(), id);
        editing = entry.getId();
        givenOn = entry.getGivenOn();
        minutes = entry.getMinutes();
        mode = entry.getMode();
        participants = entry.getParticipants();
        theme = entry.getTheme();
        method = entry.getMethod();
        whatWorked = entry.getWhatWorked();
        reflection = entry.getReflection();
    }

    public String cancel() {
        return "/veiledning/logbook?faces-redirect=true";
    }

    public String delete(long id) {
        try {
            logbook.delete(me(), id);
            PageTexts.done("logbook.deleted");
        } catch (ProgrammeRefusal refused) {
            PageTexts.refused(refused, "entries");
            return null;
        }
        return "/veiledning/logbook?faces-redirect=true";
    }

    public String share(long id, boolean shared) {
        try {
            logbook.share(me(), id, shared);
            PageTexts.done(shared ? "logbook.sharedNow" : "logbook.unsharedNow");
        } catch (ProgrammeRefusal refused) {
            PageTexts.refused(refused, "entries");
            return null;
        }
        return "/veiledning/logbook?faces-redirect=true";
    }

    public boolean isEditing() {
        return editing != null;
    }

    public LocalDate getGivenOn() {
        return givenOn;
    }

    public void setGivenOn(LocalDate givenOn) {
        this.givenOn = givenOn;
    }

    public Integer getMinutes() {
        return minutes;
    }

    public void setMinutes(Integer minutes) {
        this.minutes = minutes;
    }

    public LogMode getMode() {
        return mode;
    }

    public void setMode(LogMode mode) {
        this.mode = mode;
    }

    public Integer getParticipants() {
        return participants;
    }

    public void setParticipants(Integer participants) {
        this.participants = participants;
    }

    public String getTheme() {
        return theme;
    }

    public void setTheme(String theme) {
        this.theme = theme;
    }

    public String getMethod() {
        return method;
    }

    public void setMethod(String method) {
        this.method = method;
    }

    public String getWhatWorked() {
        return whatWorked;
    }

    public void setWhatWorked(String whatWorked) {
        this.whatWorked = whatWorked;
    }

    public String getReflection() {
        return reflection;
    }

    public void setReflection(String reflection) {
        this.reflection = reflection;
    }
}
