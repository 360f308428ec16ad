package no.vidsynt.veiledning.demo;

import java.util.List;
import no.vidsynt.veiledning.logbook.entity.LogMode;

/** What the demo trainees wrote in their supervision logbooks: short, real entries from a department's everyday. */
final class DemoLogbookTexts {

    private DemoLogbookTexts() {}

    record Entry(
            int daysAgo,
            int minutes,
            LogMode mode,
            int participants,
            String theme,
            String method,
            String whatWorked,
            String reflection,
            boolean shared) {}

    static final List<Entry> LISE = List.of(
            new Entry(
                    21,
                    45,
                    LogMode.INDIVIDUAL,
                    1,
                    "Grensesetting ved leggetid",
                    "Reflekterende samtale med sirkulære spørsmål",
                    "Kollegaen min fikk beskrive en kveld fra ungdommens ståsted. Da hun kjente igjen hvor utrygg "
                            + "overgangen til natten er, endret hun selv planen fra regler til en fast, rolig rutine.",
                    "Jeg ville gi råd for tidlig. Det hjalp å vente og spørre «hva tror du han trenger av deg da?».",
                    true),
            new Entry(
                    7,
                    60,
                    LogMode.GROUP,
                    4,
                    "Hvordan vi snakker om ungdommene på vaktskiftet",
                    "Gruppeveiledning med reflekterende team",
                    "Teamet la merke til at vi ofte beskriver hva ungdommene gjør, sjelden hva de prøver å oppnå. "
                            + "Vi ble enige om å prøve én setning om barnets prosjekt i hver rapport.",
                    "Jeg må passe på at alle kommer til orde; de nyansatte sa lite før jeg spurte dem direkte.",
                    false));

    static final List<Entry> KARI = List.of(
            new Entry(
                    40,
                    50,
                    LogMode.INDIVIDUAL,
                    1,
                    "Samarbeid med foreldre etter en vanskelig samtale",
                    "Løsningsfokusert samtale",
                    "Sammen fant vi tre ting som faktisk hadde fungert i kontakten med mor, og kollegaen gikk derfra med en "
                            + "konkret plan for neste samtale.",
                    "Jeg merket at jeg raskt tok parti. Til neste samtale vil jeg spørre mer om hvordan mor ser situasjonen.",
                    true),
            new Entry(
                    26,
                    75,
                    LogMode.GROUP,
                    5,
                    "Uro i fellesarealet på ettermiddagen",
                    "Gruppeveiledning med case fra avdelingen",
                    "Da vi så uroen fra flere perspektiver – barnas, personalets og rommets – kom gruppen selv fram til "
                            + "å dele opp ettermiddagen i mindre aktiviteter.",
                    "Strukturen med runder gjorde det trygt å si noe. Jeg bør avslutte med å oppsummere tydeligere.",
                    false),
            new Entry(
                    10,
                    40,
                    LogMode.INDIVIDUAL,
                    1,
                    "Egen usikkerhet som ny miljøterapeut",
                    "Veiledning med utgangspunkt i egne erfaringer",
                    "Kollegaen satte ord på hva hun allerede mestrer. Det ga mot til å ta opp en uenighet i teamet.",
                    "Å spørre etter unntak fra problemet åpnet mer enn å gå rett på løsninger.",
                    true));

    static final List<Entry> OLA = List.of(new Entry(
            12,
            30,
            LogMode.INDIVIDUAL,
            1,
            "Skolevegring og morgenrutiner",
            "Samtale med tidslinje",
            "Tidslinjen viste at de gode morgenene var de der samme voksen var på jobb. Det ble et konkret grep.",
            "Jeg brukte for mye tid på å kartlegge. En annen gang vil jeg komme raskere til hva kollegaen vil prøve.",
            false));
}
