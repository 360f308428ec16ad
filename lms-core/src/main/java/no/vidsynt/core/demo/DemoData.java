package no.vidsynt.core.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import no.vidsynt.core.catalogue.control.CourseCatalogue;
import no.vidsynt.core.organisation.entity.OrgUnit;
import no.vidsynt.core.organisation.entity.OrgUnitKind;
import no.vidsynt.core.people.control.PasswordHasher;
import no.vidsynt.core.people.control.People;
import no.vidsynt.core.people.entity.Person;
import no.vidsynt.core.people.entity.Role;
import no.vidsynt.core.programme.control.CourseModules;
import no.vidsynt.core.spi.CourseModule;
import no.vidsynt.core.spi.DemoContribution;
import no.vidsynt.core.spi.DemoSeeding;

/**
 * The demo's cast: region sør with two departments and one person for each role, all with the password
 * {@value #PASSWORD} (printed in the README). Seeded once, into an empty database, and only in demo mode.
 * Then the one demo hook: every {@link DemoContribution}, step by step; within a step the course modules' in their
 * display order, then those of other modules (content), by class name. Everything in one transaction. A programme
 * deployed later into an existing demo gets its own demo data on its first start.
 */
@ApplicationScoped
public class DemoData {

    public static final String PASSWORD = "vidsynt-demo";

    /** Lise's colleagues, so that the leader's aggregates show real figures (groups below five are hidden). */
    public static final String[][] COLLEAGUES_IN_KRISTIANSAND = {
        {"kari", "Kari Nordmann"}, {"ola", "Ola Hansen"}, {"ingrid", "Ingrid Berg"},
        {"jonas", "Jonas Lie"}, {"sofie", "Sofie Dahl"}, {"emil", "Emil Strand"}
    };

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    People people;

    @Inject
    PasswordHasher hasher;

    @Inject
    CourseModules modules;

    @Inject
    @Any
    Instance<DemoContribution> contributions;

    @Inject
    CourseCatalogue catalogue;

    @Transactional
    public void seedOnce() {
        if (people.countAll() > 0) {
            seedNewProgrammes();
            return;
        }
        OrgUnit region = persist(new OrgUnit("Region sør", OrgUnitKind.REGION, null));
        OrgUnit kristiansand = persist(new OrgUnit("Avdeling Kristiansand", OrgUnitKind.DEPARTMENT, region));
        OrgUnit arendal = persist(new OrgUnit("Avdeling Arendal", OrgUnitKind.DEPARTMENT, region));

        String hash = hasher.hash(PASSWORD);
        person("lise", "Lise Larsen", Role.LEARNER, kristiansand, hash);
        person("tor", "Tor Trener", Role.TRAINER, region, hash);
        person("anne", "Anne Forfatter", Role.AUTHOR, region, hash);
        kristiansand.addLeader(person("leif", "Leif Leder", Role.LEADER, kristiansand, hash));
        person("ada", "Ada Administrator", Role.ADMIN, region, hash);
        person("arne", "Arne Aas", Role.LEARNER, arendal, hash);
        for (String[] colleague : COLLEAGUES_IN_KRISTIANSAND) {
            person(colleague[0], colleague[1], Role.LEARNER, kristiansand, hash);
        }

        DemoSeeding demo = new DemoSeeding(region.getId());
        for (DemoContribution contribution : contributionsInOrder()) {
            contribution.seed(demo);
        }
        LOG.info("Demo data seeded: region sør, two departments, demo people (password '" + PASSWORD + "')");
    }

    /**
     * A programme deployed into a demo that exists already (its cast seeded by an earlier start) gets its own demo
     * data on its first start: every course module whose programme has no published course yet seeds its
     * contributions, step by step. Other modules' contributions (content's section) are not run again.
     */
    private void seedNewProgrammes() {
        Set<String> withCourses = catalogue.published().stream()
                .map(CourseCatalogue.Listing::programmeKey)
                .collect(Collectors.toSet());
        Long region = people.byUsername("ada")
                .flatMap(ada -> ada.getUnits().stream().findFirst())
                .map(OrgUnit::getId)
                .orElse(null);
        for (CourseModule module : modules.all()) {
            List<DemoContribution> own = modules.demoData(module.key());
            if (region == null || own.isEmpty() || withCourses.contains(module.key())) {
                continue;
            }
            DemoSeeding demo = new DemoSeeding(region);
            inOrder(own, List.of()).forEach(contribution -> contribution.seed(demo));
            LOG.info(() -> "Demo data of the newly deployed programme '" + module.key() + "' seeded");
        }
    }

    private <T> T persist(T entity) {
        em.persist(entity);
        em.flush();
        return entity;
    }

    private Person person(String username, String name, Role role, OrgUnit unit, String passwordHash) {
        Person person = new Person(username, name, username + "@demo.vidsynt.no");
        person.changePasswordHash(passwordHash);
        person.grant(role);
        person.joinUnit(unit);
        em.persist(person);
        return person;
    }

    /** The course modules' contributions in their order, then the other modules' by class name. */
    private List<DemoContribution> contributionsInOrder() {
        List<DemoContribution> others = new ArrayList<>();
        contributions
                .handlesStream()
                .filter(handle -> !modules.claims(handle.getBean().getBeanClass()))
                .sorted(Comparator.comparing(
                        handle -> handle.getBean().getBeanClass().getName()))
                .forEach(handle -> others.add(handle.get()));
        return inOrder(modules.demoData(), others);
    }

    /**
     * Step by step; within a step the course modules' contributions (already in the modules' display order), then the
     * others'. A module's courses therefore exist before content is added to every demo course, and every course's
     * structure before anyone is enrolled.
     */
    static List<DemoContribution> inOrder(List<DemoContribution> ofCourseModules, List<DemoContribution> others) {
        List<DemoContribution> ordered = new ArrayList<>(ofCourseModules);
        ordered.addAll(others);
        ordered.sort(Comparator.comparing(DemoContribution::step)); // stable: keeps the order within a step
        return ordered;
    }
}
