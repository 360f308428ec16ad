package no.vidsynt.core.selfstudy.page.control;

import jakarta.enterprise.context.ApplicationScoped;
import no.vidsynt.core.selfstudy.InvalidInput;
import no.vidsynt.core.spi.UnitType;

/** A reading page written in Markdown; completed when the learner marks it done (or reaches its end). */
@ApplicationScoped
public class PageUnitType implements UnitType {

    public static final String KEY = "page";

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public String bundleBaseName() {
        return InvalidInput.StudyTexts.BUNDLE;
    }

    @Override
    public String learnerFragment() {
        return "/WEB-INF/selfstudy/page-fragment.xhtml";
    }

    @Override
    public String previewView() {
        return "/selfstudy/page";
    }

    @Override
    public String authorFragment() {
        return "/WEB-INF/selfstudy/author/page-fragment.xhtml";
    }

    @Override
    public Completion completion() {
        return Completion.MARKED_DONE;
    }
}
