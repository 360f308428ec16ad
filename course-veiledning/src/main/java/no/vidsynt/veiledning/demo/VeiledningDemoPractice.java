package no.vidsynt.veiledning.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import no.vidsynt.core.enrolment.control.Enrolments;
import no.vidsynt.core.enrolment.entity.Cohort;
import no.vidsynt.core.people.control.People;
import no.vidsynt.core.people.entity.Person;
import no.vidsynt.core.scheduling.control.Attendances;
import no.vidsynt.core.scheduling.control.SessionRules;
import no.vidsynt.core.scheduling.control.Sessions;
import no.vidsynt.core.scheduling.entity.SessionDetails;
import no.vidsynt.core.spi.DemoContribution;
import no.vidsynt.core.spi.DemoSeeding;
import no.vidsynt.veiledning.VeiledningModule;
import no.vidsynt.veiledning.VeiledningSessionKinds;
import no.vidsynt.veiledning.practice.control.GroupView;
import no.vidsynt.veiledning.practice.control.PracticeGroups;
import no.vidsynt.veiledning.practice.control.PracticeRounds;
import no.vidsynt.veiledning.practice.control.RoundView;
import no.vidsynt.veiledning.practice.control.RoundWriting;
import no.vidsynt.veiledning.practice.entity.ChildPerspective;
import no.vidsynt.veiledning.practice.entity.Feedback;
import no.vidsynt.veiledning.practice.entity.NoteKind;
import no.vidsynt.veiledning.practice.entity.PracticeRole;

/**
 * The demo's practice: the cohort "Kull høsten 2026" in two groups of three (lise, kari, ola; ingrid, jonas, sofie),
 * one practice session held two weeks ago with roles, attendance, preparation, case, the observers' feedback and the
 * supervisors' reflections, and one coming session with the next roles given. The cohort is the one of that name if
 * the demo has it already, else made here as a plain core cohort (the admission demo may own it later).
 */
@ApplicationScoped
public class VeiledningDemoPractice implements DemoContribution {

    static final String COHORT = "Kull høsten 2026";
    private static final Logger LOG = Logger.getLogger(VeiledningDemoPractice.class.getName());
    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final List<List<String>> GROUPS =
            List.of(List.of("lise", "kari", "ola"), List.of("ingrid", "jonas", "sofie"));

    @Inject
    People people;

    @Inject
    Enrolments enrolments;

    @Inject
    Sessions sessions;

    @Inject
    Attendances attendances;

    @Inject
    PracticeGroups groups;

    @Inject
    PracticeRounds rounds;

    @Inject
    RoundWriting writing;

    @Override
    public Step step() {
        return Step.SESSIONS;
    }

    @Override
    public void seed(DemoSeeding demo) {
        Optional<Long> course = demo.course(VeiledningModule.KEY);
        Person ada = people.byUsername("ada").orElse(null);
        Person tor = people.byUsername("tor").orElse(null);
        if (course.isEmpty() || ada == null || tor == null) {
            return;
        }
        Cohort cohort = cohort(course.get(), ada);
        List<GroupView> formed = new ArrayList<>();
        for (int i = 0; i < GROUPS.size(); i++) {
            List<Long> members = GROUPS.get(i).stream()
                    .map(username -> people.byUsername(username).orElseThrow().getId())
                    .toList();
            formed.add(groups.create(
                    ada,
                    cohort.getId(),
                    new PracticeGroups.Draft(i == 0 ? "Gruppe Sørlandet" : "Gruppe Agder", members)));
        }
        // Three held rounds, so that everyone has been supervisor, supervisee and observer once; the last one with
        // everything written around it; then one coming round.
        List<Long> held = List.of(
                session("Praksistrening: å lytte etter barnets stemme", -42, tor),
                session("Praksistrening: når saken står fast", -28, tor),
                session("Praksistrening: barnets perspektiv i veiledningen", -14, tor));
        long coming = session("Praksistrening: flere perspektiver på samme sak", 21, tor);
        for (int i = 0; i < formed.size(); i++) {
            GroupView group = formed.get(i);
            RoundView round = null;
            for (long session : held) {
                round = rounds.assign(ada, group.id(), session);
                for (RoundView.Seat seat : round.roles()) {
                    attendances.seedAttended(session, seat.personId());
                }
            }
            write(held.get(held.size() - 1), round, TEXTS.get(i));
            rounds.assign(ada, group.id(), coming);
        }
        LOG.info("Demo practice seeded: " + formed.size() + " groups in " + cohort.getName());
    }

    /**
     * The demo cohort of that name, made here when the demo has none yet; either way the six trainees are in it (the
     * admission demo may own the cohort and admit them, and then this adds nobody).
     */
    private Cohort cohort(long courseId, Person ada) {
        Cohort cohort = enrolments.cohorts(courseId).stream()
                .filter(c -> COHORT.equals(c.getName()))
                .findFirst()
                .orElseGet(() -> enrolments.createCohort(ada, courseId, COHORT, LocalDate.of(2026, 8, 24), null));
        java.util.Set<Long> members = enrolments.cohortMembers(cohort.getId()).stream()
                .filter(e -> e.isEnrolled())
                .map(e -> e.getPersonId())
                .collect(java.util.stream.Collectors.toSet());
        for (List<String> group : GROUPS) {
            for (String username : group) {
                long person = people.byUsername(username).orElseThrow().getId();
                if (!members.contains(person)) {
                    enrolments.addToCohort(ada, cohort.getId(), person);
                }
            }
        }
        return cohort;
    }

    private long session(String title, int days, Person trainer) {
        LocalDate day = LocalDate.now(OSLO).plusDays(days);
        var start = SessionRules.oslo(day.atTime(LocalTime.of(9, 0)));
        return sessions.seed(
                        new SessionDetails(
                                VeiledningSessionKinds.PRACTICE_TRAINING,
                                title,
                                VeiledningModule.KEY,
                                null,
                                null,
                                start,
                                SessionRules.oslo(day.atTime(LocalTime.of(12, 0))),
                                "Kristiansand, møterom Sørlandet",
                                null,
                                6,
                                null,
                                start,
                                start.minus(Duration.ofDays(1)),
                                0),
                        1,
                        trainer)
                .get(0)
                .getId();
    }

    /** What one group wrote around a held session: preparation, case, feedback and reflection. */
    private record Written(String preparation, String caseText, Feedback.Content feedback, String reflection) {}

    private static final List<Written> TEXTS = List.of(
            new Written(
                    "Jeg vil øve på å stille åpne spørsmål og ikke komme med løsninger for tidlig. Jeg vil prøve å spørre "
                            + "hvordan barnet selv kan oppleve situasjonen, og hvem andre som ser saken på en annen måte.",
                    "En ungdom på avdelingen trekker seg unna fellesskapet om kvelden, og personalgruppen er uenig om vi "
                            + "skal kreve at hen deltar eller la hen være i fred. Jeg står fast i hva som er riktig å gjøre.",
                    new Feedback.Content(
                            "Du lyttet godt og oppsummerte med veisøkerens egne ord. Det ga ro i samtalen.",
                            "«Hva tror du ungdommen ville sagt hvis hen satt her nå?» og «Hvem i personalgruppen ser "
                                    + "dette annerledes enn deg?» Begge åpnet for nye måter å forstå saken på.",
                            ChildPerspective.YES,
                            "Vent litt lenger før du foreslår tiltak, og spør hva veisøkeren allerede har prøvd."),
                    "Jeg kjenner meg igjen i at jeg ville fram til tiltak for fort. Spørsmålet om hva ungdommen ville "
                            + "sagt flyttet samtalen. Til neste gang vil jeg bruke mer tid på å utforske før vi ser på hva "
                            + "som kan gjøres."),
            new Written(
                    "Jeg vil øve på å holde en tydelig struktur: avklare hva veisøkeren ønsker hjelp til, utforske saken "
                            + "og avslutte med hva hen tar med seg. Jeg vil også hente fram barnets stemme underveis.",
                    "Et barn har vansker med overgangene etter samvær med far, og vi i personalet reagerer ulikt når det "
                            + "blir uro. Jeg lurer på hvordan vi kan møte barnet mer likt og forutsigbart.",
                    new Feedback.Content(
                            "Du var tydelig på rammene i starten, og veisøkeren fikk tid til å fortelle uten å bli "
                                    + "avbrutt.",
                            "«Hva trenger barnet av de voksne i akkurat den overgangen?» fikk veisøkeren til å se saken "
                                    + "fra barnets side og ikke bare fra personalets.",
                            ChildPerspective.PARTLY,
                            "Spør tidligere i samtalen om hvordan barnet selv kan ha opplevd situasjonen."),
                    "Tilbakemeldingen om at barnets perspektiv kom sent, treffer. Jeg ble opptatt av uenigheten i "
                            + "personalgruppen. Til neste gang vil jeg spørre om barnet allerede i starten av samtalen."));

    private void write(long session, RoundView round, Written texts) {
        Person supervisor = person(round, PracticeRole.SUPERVISOR);
        writing.writeNote(supervisor, session, NoteKind.PREPARATION, texts.preparation());
        writing.writeNote(person(round, PracticeRole.SUPERVISEE), session, NoteKind.CASE, texts.caseText());
        writing.writeFeedback(person(round, PracticeRole.OBSERVER), session, texts.feedback());
        writing.writeNote(supervisor, session, NoteKind.REFLECTION, texts.reflection());
    }

    private Person person(RoundView round, PracticeRole role) {
        return people.byId(round.in(role).personId()).orElseThrow();
    }
}
