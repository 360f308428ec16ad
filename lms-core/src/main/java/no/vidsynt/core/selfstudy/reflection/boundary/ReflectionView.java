package no.vidsynt.core.selfstudy.reflection.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import no.vidsynt.core.people.entity.Person;
import no.vidsynt.core.platform.Refusal;
import no.vidsynt.core.selfstudy.Caller;
import no.vidsynt.core.selfstudy.InvalidInput;
import no.vidsynt.core.selfstudy.StudyFaces;
import no.vidsynt.core.selfstudy.reflection.control.Journal;
import no.vidsynt.core.selfstudy.reflection.control.Journal.EntryView;
import no.vidsynt.core.selfstudy.reflection.entity.EntryStatus;

/**
 * Backs the learner's reflection fragment: one text per prompt, saved as a draft a few seconds after typing stops
 * (the page also keeps a copy in the browser's localStorage on every keystroke), submitted to complete the unit.
 */
@Named
@ViewScoped
public class ReflectionView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    @Inject
    Journal journal;

    @Inject
    Caller caller;

    private Long unitId;
    private boolean missing;
    private String title;
    private String username;
    private List<String> prompts = List.of();
    private final List<String> texts = new ArrayList<>();
    private EntryStatus status;
    private Instant savedAt;

    public void open(Object unit) {
        if (unitId != null || missing) {
            return;
        }
        Long id = StudyFaces.unitId(unit);
        if (id == null) {
            missing = true;
            return;
        }
        try {
            Person person = caller.person();
            title = journal.unit(id).title();
            prompts = journal.prompts(id);
            username = person.getUsername();
            unitId = id;
            texts.clear();
            prompts.forEach(prompt -> texts.add(""));
            journal.ownEntry(person, id).ifPresent(this::take);
        } catch (Refusal notFound) {
            missing = true;
        }
    }

    /** Saves the draft on the server (ajax, a few seconds after the learner stops typing). */
    public void autosave() {
        try {
            take(journal.saveDraft(caller.person(), unitId, texts));
        } catch (InvalidInput problem) {
            StudyFaces.error(null, problem);
            StudyFaces.validationFailed();
        }
    }

    public void submit() {
        try {
            take(journal.submit(caller.person(), unitId, texts));
            StudyFaces.info(null, "reflection.submitted");
        } catch (InvalidInput problem) {
            StudyFaces.error(null, problem);
            StudyFaces.validationFailed();
        }
    }

    private void take(EntryView entry) {
        status = entry.status();
        savedAt = entry.updatedAt();
        for (int i = 0; i < entry.answers().size() && i < texts.size(); i++) {
            texts.set(i, entry.answers().get(i).body());
        }
    }

    /** The localStorage key of this person's text for this unit. */
    public String getStorageKey() {
        return "vidsynt.reflection." + username + "." + unitId;
    }

    /** When the server last saved, in milliseconds since 1970 (0 when never), for the page's restore check. */
    public long getSavedAtMillis() {
        return savedAt == null ? 0 : savedAt.toEpochMilli();
    }

    public String getSavedAtText() {
        return savedAt == null ? "" : TIME.format(savedAt.atZone(ZoneId.of("Europe/Oslo")));
    }

    public boolean isSubmitted() {
        return status == EntryStatus.SUBMITTED;
    }

    public boolean isMissing() {
        return missing;
    }

    public Long getUnitId() {
        return unitId;
    }

    public String getTitle() {
        return title;
    }

    public List<String> getPrompts() {
        return prompts;
    }

    public List<String> getTexts() {
        return texts;
    }

    public int getMaxLength() {
        return Journal.MAX_ANSWER;
    }
}
