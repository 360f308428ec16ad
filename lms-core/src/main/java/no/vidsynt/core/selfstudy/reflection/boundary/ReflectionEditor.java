package no.vidsynt.core.selfstudy.reflection.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import no.vidsynt.core.platform.Refusal;
import no.vidsynt.core.selfstudy.Caller;
import no.vidsynt.core.selfstudy.InvalidInput;
import no.vidsynt.core.selfstudy.SelfStudyUnits;
import no.vidsynt.core.selfstudy.StudyFaces;
import no.vidsynt.core.selfstudy.reflection.control.Journal;

/** Backs the author's reflection editor: the prompts, added, removed and reworded. */
@Named
@ViewScoped
public class ReflectionEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One editable prompt (a holder, so that ui:repeat can write into it). */
    public static final class Prompt implements Serializable {
        private static final long serialVersionUID = 1L;
        private String text;

        Prompt(String text) {
            this.text = text;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }
    }

    @Inject
    Journal journal;

    @Inject
    SelfStudyUnits units;

    @Inject
    Caller caller;

    private Long unitId;
    private boolean allowed;
    private String title;
    private final List<Prompt> prompts = new ArrayList<>();

    public void open(Object unit) {
        if (unitId != null) {
            return;
        }
        Long id = StudyFaces.unitId(unit);
        if (id == null) {
            return;
        }
        try {
            var info = journal.unit(id);
            allowed = units.mayEdit(caller.person(), info.courseId());
            unitId = id;
            title = info.title();
            journal.prompts(id).forEach(text -> prompts.add(new Prompt(text)));
            if (prompts.isEmpty()) {
                prompts.add(new Prompt(""));
            }
        } catch (Refusal notFound) {
            allowed = false;
        }
    }

    public void add() {
        prompts.add(new Prompt(""));
    }

    public void remove(int index) {
        if (index >= 0 && index < prompts.size() && prompts.size() > 1) {
            prompts.remove(index);
        }
    }

    public void save() {
        try {
            journal.savePrompts(
                    caller.person(),
                    unitId,
                    prompts.stream().map(Prompt::getText).toList());
            StudyFaces.info(null, "author.saved");
        } catch (InvalidInput problem) {
            StudyFaces.error(null, problem);
            StudyFaces.validationFailed();
        }
    }

    public List<Prompt> getPrompts() {
        return prompts;
    }

    public boolean isAllowed() {
        return allowed;
    }

    public Long getUnitId() {
        return unitId;
    }

    public String getTitle() {
        return title;
    }
}
