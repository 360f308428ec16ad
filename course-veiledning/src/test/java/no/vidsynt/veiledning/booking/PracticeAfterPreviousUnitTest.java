package no.vidsynt.veiledning.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Optional;
import no.vidsynt.core.spi.BookingRules;
import org.junit.jupiter.api.Test;

class PracticeAfterPreviousUnitTest {

    private final PracticeAfterPreviousUnit rule = new PracticeAfterPreviousUnit();

    private static BookingRules.Facts facts(Long previous, boolean completed) {
        return new BookingRules.Facts() {
            @Override
            public long openBookingsForUnit(long personId, long unitId, long exceptSessionId) {
                return 0;
            }

            @Override
            public boolean unitCompleted(long personId, long unitId) {
                return completed && previous != null && unitId == previous;
            }

            @Override
            public Optional<Long> previousUnit(long unitId) {
                return Optional.ofNullable(previous);
            }
        };
    }

    private static BookingRules.Request request(String programme, String kind, Long unit, BookingRules.Facts facts) {
        return new BookingRules.Request(1, 2, kind, programme, 3L, unit, facts);
    }

    @Test
    void practiceTrainingWaitsForThePreviousUnit() {
        var refusal = rule.check(request("veiledning", "PRACTICE_TRAINING", 10L, facts(9L, false)));
        assertThat(refusal).isPresent();
        assertThat(refusal.get().message(Locale.forLanguageTag("nb"))).contains("Fullfør");
        assertThat(refusal.get().message(Locale.ENGLISH)).contains("Complete");
        assertThat(rule.check(request("veiledning", "PRACTICE_TRAINING", 10L, facts(9L, true))))
                .isEmpty();
    }

    @Test
    void otherKindsAndFirstUnitsAreFree() {
        // Other programmes' sessions never reach the rule: the core asks it only for Veiledning's
        // (SessionBookingRules).
        assertThat(rule.check(request("veiledning", "WORKSHOP", 10L, facts(9L, false))))
                .isEmpty();
        assertThat(rule.check(request("veiledning", "PRACTICE_TRAINING", 10L, facts(null, false))))
                .isEmpty();
        assertThat(rule.check(request("veiledning", "PRACTICE_TRAINING", null, facts(9L, false))))
                .isEmpty();
    }
}
