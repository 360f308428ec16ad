package no.vidsynt.core.selfstudy.reflection.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.Map;
import no.vidsynt.core.platform.Refusal;
import no.vidsynt.core.selfstudy.Caller;
import no.vidsynt.core.selfstudy.InvalidInput;
import no.vidsynt.core.selfstudy.StudyFaces;
import no.vidsynt.core.selfstudy.reflection.control.SessionReflections;
import no.vidsynt.core.selfstudy.reflection.entity.EntryMoment;

/**
 * Backs the reflections before and after the session on a session unit's page. The state is read again in every
 * request, because booking or a trainer's attendance mark (on the same page or elsewhere) opens them.
 */
@Named
@ViewScoped
public class SessionReflectionView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SessionReflections reflections;

    @Inject
    transient Caller caller;

    private Long unitId;
    private final Map<EntryMoment, String> texts = new EnumMap<>(EntryMoment.class);
    private transient SessionReflections.State state;
    private transient Object loadedIn;

    public void open(Object unit) {
        if (unitId == null) {
            unitId = StudyFaces.unitId(unit);
        }
    }

    /** The state in this request; null when the unit is not a session unit the caller may open. */
    public SessionReflections.State getState() {
        FacesContext request = FacesContext.getCurrentInstance();
        if (unitId != null && (state == null || loadedIn != request)) {
            try {
                state = reflections.state(caller.person(), unitId);
                loadedIn = request;
                for (SessionReflections.Moment moment :
                        new SessionReflections.Moment[] {state.before(), state.after()}) {
                    texts.putIfAbsent(moment.moment(), moment.text());
                }
            } catch (Refusal notFound) {
                state = null;
            }
        }
        return state;
    }

    public Map<EntryMoment, String> getTexts() {
        return texts;
    }

    public void save(String moment) {
        write(EntryMoment.valueOf(moment), false);
    }

    public void submit(String moment) {
        write(EntryMoment.valueOf(moment), true);
    }

    public void share(String moment) {
        try {
            reflections.shareWithTrainers(caller.person(), unitId, EntryMoment.valueOf(moment));
            StudyFaces.info(null, "sessionReflection.shared");
        } catch (InvalidInput problem) {
            StudyFaces.error(null, problem);
        }
        state = null;
    }

    private void write(EntryMoment moment, boolean submit) {
        try {
            var written = reflections.write(caller.person(), unitId, moment, texts.get(moment), submit);
            texts.put(moment, written.text());
            StudyFaces.info(null, submit ? "sessionReflection.submitted" : "sessionReflection.saved");
        } catch (InvalidInput problem) {
            StudyFaces.error(null, problem);
            StudyFaces.validationFailed();
        }
        state = null;
    }

    public int getMaxLength() {
        return no.vidsynt.core.selfstudy.reflection.control.Journal.MAX_ANSWER;
    }
}
