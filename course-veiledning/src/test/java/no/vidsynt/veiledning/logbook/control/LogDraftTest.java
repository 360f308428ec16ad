package no.vidsynt.veiledning.logbook.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import no.vidsynt.veiledning.completion.control.ProgrammeRefusal;
import no.vidsynt.veiledning.logbook.entity.LogEntry;
import no.vidsynt.veiledning.logbook.entity.LogMode;
import org.junit.jupiter.api.Test;

class LogDraftTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    private static LogDraft draft(LogMode mode, int participants, String reflection) {
        return new LogDraft(
                TODAY.minusDays(3),
                45,
                mode,
                participants,
                " Grensesetting ",
                "Reflekterende samtale",
                "Kollegaen fant selv en ny måte å møte ungdommen på.",
                reflection);
    }

    @Test
    void aCompleteDraftBecomesContentWithTrimmedText() {
        LogEntry.Content content =
                draft(LogMode.GROUP, 4, "Jeg ventet lenger før jeg ga råd.").check(TODAY);
        assertThat(content.theme()).isEqualTo("Grensesetting");
        assertThat(content.participants()).isEqualTo(4);
    }

    @Test
    void individualSupervisionHasOneParticipant() {
        assertThat(draft(LogMode.INDIVIDUAL, 3, "Fint.").check(TODAY).participants())
                .isEqualTo(1);
    }

    @Test
    void anIdentityNumberIsRefusedOnItsField() {
        assertThatThrownBy(() -> draft(LogMode.INDIVIDUAL, 1, "Gutten (150585 43206) ble roligere.")
                        .check(TODAY))
                .isInstanceOfSatisfying(
                        ProgrammeRefusal.class,
                        refusal ->
                                assertThat(refusal.fieldKeys()).containsEntry("reflection", "privacy.identityNumber"));
    }

    @Test
    void missingFieldsAFutureDateAndAGroupOfOneAreRefusedTogether() {
        LogDraft draft = new LogDraft(TODAY.plusDays(1), 2, LogMode.GROUP, 1, " ", null, "x", "y");
        assertThatThrownBy(() -> draft.check(TODAY))
                .isInstanceOfSatisfying(
                        ProgrammeRefusal.class,
                        refusal -> assertThat(refusal.fieldKeys())
                                .containsEntry("givenOn", "logbook.dateInFuture")
                                .containsEntry("minutes", "logbook.minutesRange")
                                .containsEntry("participants", "logbook.groupNeedsTwo")
                                .containsEntry("theme", "logbook.required")
                                .containsEntry("method", "logbook.required"));
    }
}
