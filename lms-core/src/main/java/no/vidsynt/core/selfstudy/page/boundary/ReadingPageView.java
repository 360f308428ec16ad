package no.vidsynt.core.selfstudy.page.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import no.vidsynt.core.platform.Refusal;
import no.vidsynt.core.selfstudy.Caller;
import no.vidsynt.core.selfstudy.StudyFaces;
import no.vidsynt.core.selfstudy.page.control.ReadingPages;
import no.vidsynt.core.selfstudy.page.control.ReadingPages.PageView;

/** Backs the learner's reading-page fragment: the rendered page, its reading time, marking it done. */
@Named
@ViewScoped
public class ReadingPageView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReadingPages pages;

    @Inject
    Caller caller;

    private Long unitId;
    private boolean missing;
    private transient PageView page;
    private boolean done;

    /** Called by the fragment with the unit id; the first call of the view wins, postbacks keep it. */
    public void open(Object unit) {
        Long id = StudyFaces.unitId(unit);
        if (unitId != null || missing) {
            return;
        }
        if (id == null) {
            missing = true;
            return;
        }
        try {
            page = pages.page(id);
            unitId = id;
            done = pages.isDone(caller.person(), id);
        } catch (Refusal notFound) {
            missing = true;
        }
    }

    public PageView getPage() {
        if (page == null && unitId != null) {
            page = pages.page(unitId);
        }
        return page;
    }

    public boolean isMissing() {
        return missing;
    }

    public boolean isDone() {
        return done;
    }

    public Long getUnitId() {
        return unitId;
    }

    public void markDone() {
        if (unitId != null && !done) {
            pages.markDone(caller.person(), unitId);
            done = true;
            StudyFaces.info(null, "page.doneMessage");
        }
    }

    /** Called by the page's script when the learner scrolled to the end, if the author chose that. */
    public void reachedEnd() {
        if (getPage() != null && getPage().doneAtEnd()) {
            markDone();
        }
    }
}
