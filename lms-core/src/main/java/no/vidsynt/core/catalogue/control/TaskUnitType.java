package no.vidsynt.core.catalogue.control;

import jakarta.enterprise.context.ApplicationScoped;
import no.vidsynt.core.spi.UnitType;

/**
 * The core's first unit type, "Oppgave": a short instruction that the learner reads and marks done. Its settings are
 * {@code {"text": "..."}}; authors edit the text in {@value #AUTHOR_FRAGMENT}, which reaches the unit being edited
 * through {@code #{unitEditor.texts}} (a map of the settings' text members).
 */
@ApplicationScoped
public class TaskUnitType implements UnitType {

    public static final String KEY = "task";
    public static final String AUTHOR_FRAGMENT = "/author/types/task.xhtml";

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public String bundleBaseName() {
        return "no.vidsynt.core.i18n.catalogue";
    }

    @Override
    public String learnerFragment() {
        return "/learning/types/task.xhtml";
    }

    @Override
    public String authorFragment() {
        return AUTHOR_FRAGMENT;
    }

    @Override
    public Completion completion() {
        return Completion.MARKED_DONE;
    }
}
