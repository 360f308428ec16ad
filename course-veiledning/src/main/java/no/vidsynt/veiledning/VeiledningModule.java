package no.vidsynt.veiledning;

import jakarta.enterprise.context.Dependent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.vidsynt.core.people.entity.Role;
import no.vidsynt.core.spi.BookingRules;
import no.vidsynt.core.spi.CompletionRule;
import no.vidsynt.core.spi.CourseModule;
import no.vidsynt.core.spi.DemoContribution;
import no.vidsynt.core.spi.MenuEntry;
import no.vidsynt.core.spi.ModuleSchema;
import no.vidsynt.core.spi.SessionKind;
import no.vidsynt.veiledning.booking.PracticeAfterPreviousUnit;
import no.vidsynt.veiledning.certificate.control.CertificateIssuer;
import no.vidsynt.veiledning.completion.control.AttendedRoundCompletion;
import no.vidsynt.veiledning.completion.control.ProgrammeCompletionRule;
import no.vidsynt.veiledning.demo.VeiledningDemoBlendedPath;
import no.vidsynt.veiledning.demo.VeiledningDemoCohort;
import no.vidsynt.veiledning.demo.VeiledningDemoCourse;
import no.vidsynt.veiledning.demo.VeiledningDemoLearning;
import no.vidsynt.veiledning.demo.VeiledningDemoLogbook;
import no.vidsynt.veiledning.demo.VeiledningDemoPractice;
import no.vidsynt.veiledning.demo.VeiledningDemoSessions;
import no.vidsynt.veiledning.practice.control.RoundAttendance;

/**
 * The VidSynt Veiledning programme towards the core: its identity and page, its schema, its session kinds (practice
 * training, supervision group) and booking rule, the way in (nomination, cohorts), the practice groups with rotating
 * roles, the supervision logbook, the completion rule with its certificate, and its demo.
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
        return "0.2.0";
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
        Set<String> trainers = Set.of(Role.TRAINER_ROLE, Role.ADMIN_ROLE);
        return List.of(
                new MenuEntry("menu.logbook", "/veiledning/logbook.xhtml", Set.of(Role.LEARNER_ROLE), 45),
                new MenuEntry("menu.certificates", "/veiledning/certificates.xhtml", trainers, 46),
                new MenuEntry(
                        "cohort.menu.nominate", "/veiledning/cohort/nominate.xhtml", Set.of(Role.LEADER_ROLE), 56),
                new MenuEntry("cohort.menu.cohorts", "/veiledning/cohort/cohorts.xhtml", trainers, 57),
                new MenuEntry("practice.menu.mine", "/veiledning/practice/mine.xhtml", Set.of(Role.LEARNER_ROLE), 72),
                new MenuEntry("practice.menu.groups", "/veiledning/practice/groups.xhtml", trainers, 73));
    }

    /** Pages beyond the menu's: the trainee's certificate, the public verification, a trainee's logbook for the trainer. */
    @Override
    public List<String> views() {
        var views = new ArrayList<>(CourseModule.super.views());
        views.add("/veiledning/certificate.xhtml");
        views.add("/veiledning/verify.xhtml");
        views.add("/veiledning/trainee-logbook.xhtml");
        return List.copyOf(views);
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
        return List.of(RoundAttendance.class, AttendedRoundCompletion.class, CertificateIssuer.class);
    }

    @Override
    public List<Class<? extends CompletionRule>> completionRules() {
        return List.of(ProgrammeCompletionRule.class);
    }

    @Override
    public List<Class<? extends DemoContribution>> demoData() {
        return List.of(
                VeiledningDemoCourse.class,
                VeiledningDemoLearning.class,
                VeiledningDemoSessions.class,
                VeiledningDemoBlendedPath.class,
                VeiledningDemoCohort.class,
                VeiledningDemoPractice.class,
                VeiledningDemoLogbook.class);
    }
}
