package no.vidsynt.core.learning.control;

import jakarta.enterprise.context.ApplicationScoped;
import no.vidsynt.core.spi.UnitType;

/**
 * The core's simplest unit type: a task described in text ({@code {"text": "..."}}) that the learner marks as done.
 * Its learner fragment is {@code /learning/types/task.xhtml}.
 */
@ApplicationScoped
public class TaskUnitType implements UnitType {

    public static final String KEY = "task";

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public String bundleBaseName() {
        return LearningTexts.BUNDLE;
    }

    @Override
    public String learnerFragment() {
        return "/learning/types/task.xhtml";
    }

    @Override
    public Completion completion() {
        return Completion.MARKED_DONE;
    }
}
