package no.vidsynt.veiledning;

import jakarta.enterprise.context.Dependent;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.vidsynt.core.spi.BookingRules;
import no.vidsynt.core.spi.CourseModule;
import no.vidsynt.core.spi.DemoContribution;
import no.vidsynt.core.spi.MenuEntry;
import no.vidsynt.core.spi.ModuleSchema;
import no.vidsynt.core.spi.SessionKind;
import no.vidsynt.veiledning.booking.PracticeAfterPreviousUnit;
import no.vidsynt.veiledning.demo.VeiledningDemoBlendedPath;
import no.vidsynt.veiledning.demo.VeiledningDemoCohort;
import no.vidsynt.veiledning.demo.VeiledningDemoCourse;
import no.vidsynt.veiledning.demo.VeiledningDemoLearning;
import no.vidsynt.veiledning.demo.VeiledningDemoPractice;
import no.vidsynt.veiledning.demo.VeiledningDemoSessions;
import no.vidsynt.veiledning.practice.control.RoundAttendance;

/**
 * The VidSynt Veiledning programme towards the core: its identity and page, its session kinds (practice training,
 * supervision group), its booking rule for practice training, and its demo (the course, Leif's department enrolled,
 * tor's sessions).
 */
@Dependent
public class VeiledningModule implements CourseModule {

    public static final String KEY = "veiledning";

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public String version() {
        return "0.1.0";
    }

    @Override
    public String bundleBaseName() {
        return "no.vidsynt.veiledning.i18n.texts";
    }

    @Override
    public String programmeView() {
        return "/veiledning/programme.xhtml";
    }

    @Override
    public int displayOrder() {
        return 20;
    }

    @Override
    public Optional<ModuleSchema> schema() {
        return Optional.of(ModuleSchema.of(KEY));
    }

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(
                new MenuEntry("cohort.menu.nominate", "/veiledning/cohort/nominate.xhtml", Set.of("leader"), 56),
                new MenuEntry(
                        "cohort.menu.cohorts", "/veiledning/cohort/cohorts.xhtml", Set.of("trainer", "admin"), 57),
                new MenuEntry("practice.menu.mine", "/veiledning/practice/mine.xhtml", Set.of("learner"), 72),
                new MenuEntry(
                        "practice.menu.groups", "/veiledning/practice/groups.xhtml", Set.of("trainer", "admin"), 73));
    }

    @Override
    public List<SessionKind> sessionKinds() {
        return VeiledningSessionKinds.ALL;
    }

    @Override
    public List<Class<? extends BookingRules>> bookingRules() {
        return List.of(PracticeAfterPreviousUnit.class);
    }

    @Override
    public List<Class<?>> observers() {
        return List.of(RoundAttendance.class);
    }

    @Override
    public List<Class<? extends DemoContribution>> demoData() {
        return List.of(
                VeiledningDemoCourse.class,
                VeiledningDemoLearning.class,
                VeiledningDemoSessions.class,
                VeiledningDemoBlendedPath.class,
                VeiledningDemoCohort.class,
                VeiledningDemoPractice.class);
    }
}
