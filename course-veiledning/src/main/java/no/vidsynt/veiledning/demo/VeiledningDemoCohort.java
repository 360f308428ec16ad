package no.vidsynt.veiledning.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Optional;
import no.vidsynt.core.demo.DemoData;
import no.vidsynt.core.organisation.entity.OrgUnit;
import no.vidsynt.core.people.control.PasswordHasher;
import no.vidsynt.core.people.control.People;
import no.vidsynt.core.people.entity.Person;
import no.vidsynt.core.people.entity.Role;
import no.vidsynt.core.spi.DemoContribution;
import no.vidsynt.core.spi.DemoSeeding;
import no.vidsynt.veiledning.VeiledningModule;
import no.vidsynt.veiledning.cohort.control.Admissions;
import no.vidsynt.veiledning.cohort.control.Candidacies;
import no.vidsynt.veiledning.cohort.control.Cohorts;
import no.vidsynt.veiledning.cohort.control.VeiledningCohorts;
import no.vidsynt.veiledning.cohort.entity.Candidacy;

/**
 * The demo's cohort, "Kull høsten 2026", trained by tor: Leif nominated six of Avdeling Kristiansand (lise, kari,
 * ola, ingrid, jonas, sofie), whom tor admitted; Emil is nominated and waits for tor's decision; and Hanne Vik, a new
 * colleague in the department, has applied and waits for Leif's approval. Groups, logbook and certificates build on
 * this cohort ({@link VeiledningCohorts}).
 */
@ApplicationScoped
public class VeiledningDemoCohort implements DemoContribution {

    static final String COHORT = "Kull høsten 2026";
    private static final String[][] ADMITTED = {
        {
            "lise",
            "Lise har lenge vært den kollegene spør om råd. Hun er trygg i samtaler og vil gjerne lære å lede "
                    + "refleksjon i personalgruppa."
        },
        {
            "kari",
            "Kari er erfaren miljøterapeut og har allerede tatt ansvar for nyansatte. Hun trenger verktøy for å "
                    + "veilede i grupper."
        },
        {
            "ola",
            "Ola er nysgjerrig og stiller gode spørsmål i personalmøtene. Han ønsker å bli bedre på å holde barnets "
                    + "perspektiv fremme."
        },
        {"ingrid", "Ingrid har ansvar for fagdagene våre og vil bruke veiledning til å følge opp det vi lærer der."},
        {"jonas", "Jonas jobber mye på kveld og helg, der vi trenger en veileder som er til stede for kollegene."},
        {"sofie", "Sofie har bakgrunn som barnevernspedagog og er god til å se en sak fra flere sider."}
    };

    @Inject
    People people;

    @Inject
    Cohorts cohorts;

    @Inject
    Candidacies candidacies;

    @Inject
    Admissions admissions;

    @Inject
    PasswordHasher hasher;

    @PersistenceContext
    EntityManager em;

    @Override
    public Step step() {
        return Step.LEARNING;
    }

    @Override
    public void seed(DemoSeeding demo) {
        Optional<Long> course = demo.course(VeiledningModule.KEY);
        Person tor = people.byUsername("tor").orElse(null);
        Person leif = people.byUsername("leif").orElse(null);
        if (course.isEmpty() || tor == null || leif == null) {
            return;
        }
        VeiledningCohorts.Plan cohort = cohorts.create(
                tor,
                new Cohorts.NewCohort(
                        course.get(),
                        COHORT,
                        LocalDate.of(2026, 9, 7),
                        LocalDate.of(2027, 6, 11),
                        8,
                        "Undervisningsdager: 7.9., 19.10. og 30.11.2026 i Kristiansand.\n"
                                + "Praksisrunder i treningsgruppene: minst tre runder, annenhver uke fra høstferien, "
                                + "så alle får være veileder, veisøker og observatør.\nAvslutning med utdeling av "
                                + "kursbevis 11.6.2027.",
                        3,
                        3,
                        45,
                        null));
        for (String[] trainee : ADMITTED) {
            people.byUsername(trainee[0]).ifPresent(person -> {
                Candidacy nominated = candidacies.nominate(leif, person.getId(), trainee[1]);
                admissions.admit(tor, nominated.getId(), cohort.cohortId());
            });
        }
        people.byUsername("emil")
                .ifPresent(emil -> candidacies.nominate(
                        leif,
                        emil.getId(),
                        "Emil har vært hos oss i to år og viser stor omtanke for kollegene. Han vil gjerne bli "
                                + "veileder for de nyansatte."));
        Person hanne = colleague(leif);
        if (hanne != null) {
            candidacies.apply(
                    hanne,
                    "Jeg vil bli en bedre støtte for kollegene mine, særlig når vi står fast i en sak. Veiledning "
                            + "virker som en god måte å lære det på.");
        }
    }

    /** Hanne Vik, who joined Leif's department and applies herself (the demo's other colleagues are taken). */
    private Person colleague(Person leif) {
        OrgUnit unit = leif.getUnits().stream().findFirst().orElse(null);
        if (unit == null || people.byUsername("hanne").isPresent()) {
            return null;
        }
        Person hanne = new Person("hanne", "Hanne Vik", "hanne@demo.vidsynt.no");
        hanne.changePasswordHash(hasher.hash(DemoData.PASSWORD));
        hanne.grant(Role.LEARNER);
        hanne.joinUnit(em.find(OrgUnit.class, unit.getId()));
        em.persist(hanne);
        em.flush();
        return hanne;
    }
}
