package no.vidsynt.core.selfstudy.reflection.control;

import jakarta.enterprise.context.ApplicationScoped;
import no.vidsynt.core.selfstudy.InvalidInput;
import no.vidsynt.core.spi.UnitType;

/** A reflection: one or more prompts answered in the learner's private journal; completed when submitted. */
@ApplicationScoped
public class ReflectionUnitType implements UnitType {

    public static final String KEY = "reflection";

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
        return "/WEB-INF/selfstudy/reflect-fragment.xhtml";
    }

    @Override
    public String previewView() {
        return "/selfstudy/reflect";
    }

    @Override
    public String authorFragment() {
        return "/WEB-INF/selfstudy/author/reflection-fragment.xhtml";
    }

    @Override
    public Completion completion() {
        return Completion.MARKED_DONE;
    }
}
