package no.vidsynt.veiledning.completion.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import no.vidsynt.veiledning.practice.entity.PracticeRole;
import org.junit.jupiter.api.Test;

class CompletionChecklistTest {

    private static Map<PracticeRole, Integer> rounds(int supervisor, int supervisee, int observer) {
        Map<PracticeRole, Integer> rounds = new EnumMap<>(PracticeRole.class);
        rounds.put(PracticeRole.SUPERVISOR, supervisor);
        rounds.put(PracticeRole.SUPERVISEE, supervisee);
        rounds.put(PracticeRole.OBSERVER, observer);
        return rounds;
    }

    @Test
    void everythingDoneIsComplete() {
        CompletionChecklist checklist = CompletionChecklist.of(5, 5, rounds(1, 1, 2), 4, 3, 3);
        assertThat(checklist.complete()).isTrue();
        assertThat(checklist.beyondUnitsMet()).isTrue();
        assertThat(checklist.missing()).isEmpty();
    }

    @Test
    void itemsComeInAFixedOrderWithTheirCounts() {
        CompletionChecklist checklist = CompletionChecklist.of(2, 5, rounds(1, 0, 1), 4, 1, 3);
        assertThat(checklist.items())
                .extracting(CompletionChecklist.Item::key)
                .containsExactly("units", "rounds", "role.SUPERVISOR", "role.SUPERVISEE", "role.OBSERVER", "logbook");
        assertThat(checklist.items().get(1).have()).isEqualTo(2);
        assertThat(checklist.items().get(1).missing()).isEqualTo(2);
        assertThat(checklist.items().get(5).labelKey()).isEqualTo("checklist.logbook");
    }

    @Test
    void enoughRoundsButARoleNeverPractisedIsMissing() {
        CompletionChecklist checklist = CompletionChecklist.of(5, 5, rounds(3, 3, 0), 4, 3, 3);
        assertThat(checklist.complete()).isFalse();
        assertThat(checklist.missing())
                .extracting(CompletionChecklist.Item::key)
                .containsExactly("role.OBSERVER");
    }

    @Test
    void eachRoleOnceButTooFewRoundsIsMissing() {
        CompletionChecklist checklist = CompletionChecklist.of(5, 5, rounds(1, 1, 1), 4, 3, 3);
        assertThat(checklist.missing())
                .extracting(CompletionChecklist.Item::key)
                .containsExactly("rounds");
    }

    @Test
    void tooFewLogbookEntriesIsMissing() {
        CompletionChecklist checklist = CompletionChecklist.of(5, 5, rounds(2, 1, 1), 4, 2, 3);
        assertThat(checklist.beyondUnitsMet()).isFalse();
        assertThat(checklist.missing())
                .extracting(CompletionChecklist.Item::key)
                .containsExactly("logbook");
    }

    @Test
    void unitsAreTheCoresPartAndNotAskedByTheProgrammesRule() {
        CompletionChecklist checklist = CompletionChecklist.of(1, 5, rounds(2, 1, 1), 4, 3, 3);
        assertThat(checklist.complete()).isFalse();
        assertThat(checklist.beyondUnitsMet()).isTrue();
    }

    @Test
    void moreThanNeededCountsAsNeeded() {
        CompletionChecklist checklist = CompletionChecklist.of(5, 5, rounds(4, 4, 4), 4, 9, 3);
        assertThat(checklist.items().get(1).have()).isEqualTo(4);
        assertThat(checklist.items().get(5).have()).isEqualTo(3);
        assertThat(checklist.complete()).isTrue();
    }

    @Test
    void aRoleMissingFromTheMapCountsAsNeverPractised() {
        Map<PracticeRole, Integer> rounds = new EnumMap<>(PracticeRole.class);
        rounds.put(PracticeRole.SUPERVISOR, 5);
        CompletionChecklist checklist = CompletionChecklist.of(5, 5, rounds, 4, 3, 3);
        assertThat(checklist.missing())
                .extracting(CompletionChecklist.Item::key)
                .containsExactly("role.SUPERVISEE", "role.OBSERVER");
    }
}
