package no.vidsynt.app.it.plugin.sample;

import jakarta.enterprise.context.Dependent;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.vidsynt.core.spi.BookingRules;
import no.vidsynt.core.spi.CompletionRule;
import no.vidsynt.core.spi.CourseModule;
import no.vidsynt.core.spi.DemoContribution;
import no.vidsynt.core.spi.MenuEntry;
import no.vidsynt.core.spi.ModuleSchema;
import no.vidsynt.core.spi.ScheduledJob;
import no.vidsynt.core.spi.SessionKind;
import no.vidsynt.core.spi.UnitType;

/** The test programme: one of every part of the contract. */
@Dependent
public class SampleModule implements CourseModule {

    public static final String KEY = "sample";
    public static final String PEER_REVIEW = "PEER_REVIEW";

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public String version() {
        return "1.0.0-test";
    }

    @Override
    public String bundleBaseName() {
        return "no.vidsynt.app.it.plugin.sample.texts";
    }

    @Override
    public String programmeView() {
        return "/sample/programme.xhtml";
    }

    @Override
    public int displayOrder() {
        return 90;
    }

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(new MenuEntry("menu.logbook", "/sample/logbook.xhtml", Set.of("learner"), 95));
    }

    @Override
    public List<Class<? extends UnitType>> unitTypes() {
        return List.of(SampleStepType.class);
    }

    @Override
    public List<SessionKind> sessionKinds() {
        return List.of(new SessionKind(PEER_REVIEW));
    }

    @Override
    public List<Class<? extends BookingRules>> bookingRules() {
        return List.of(PeerReviewByInvitation.class);
    }

    @Override
    public List<Class<?>> observers() {
        return List.of(SampleCompletions.class);
    }

    @Override
    public Optional<ModuleSchema> schema() {
        return Optional.of(ModuleSchema.of(KEY));
    }

    @Override
    public List<Class<? extends ScheduledJob>> scheduledJobs() {
        return List.of(SampleHeartbeat.class);
    }

    @Override
    public List<Class<? extends DemoContribution>> demoData() {
        return List.of(SampleDemo.class);
    }

    @Override
    public List<Class<? extends CompletionRule>> completionRules() {
        return List.of(TwoStepsRecorded.class);
    }
}
