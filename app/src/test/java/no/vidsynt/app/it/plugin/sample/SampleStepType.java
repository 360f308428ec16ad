package no.vidsynt.app.it.plugin.sample;

import jakarta.enterprise.context.ApplicationScoped;
import no.vidsynt.core.spi.UnitType;

/** The test programme's own unit type: a step the learner marks done. */
@ApplicationScoped
public class SampleStepType implements UnitType {

    public static final String KEY = "sample-step";

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public String bundleBaseName() {
        return "no.vidsynt.app.it.plugin.sample.texts";
    }

    @Override
    public String learnerFragment() {
        return "/sample/step.xhtml";
    }

    @Override
    public Completion completion() {
        return Completion.MARKED_DONE;
    }
}
