package no.vidsynt.core.scheduling.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Locale;
import no.vidsynt.core.platform.web.Languages;
import org.junit.jupiter.api.Test;

/** Session times in Oslo, in each language's own clock: never "09:00–12:00 PM" for a morning. */
class SchedulingTextsTest {

    private static final Locale NB = Languages.DEFAULT;
    private static final Locale EN = Locale.ENGLISH;

    private static Instant oslo(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(CalendarDocuments.OSLO).toInstant();
    }

    @Test
    void aMorningSessionInEnglishSaysAmAndPmOnTheRightEnds() {
        String span = SchedulingTexts.span(oslo("2026-12-03T09:00"), oslo("2026-12-03T12:00"), EN);
        assertThat(span).isEqualTo("3 December 2026 at 9:00 AM–12:00 PM");
    }

    @Test
    void anAfternoonSessionInEnglishIsPm() {
        assertThat(SchedulingTexts.span(oslo("2026-12-03T13:30"), oslo("2026-12-03T15:00"), EN))
                .isEqualTo("3 December 2026 at 1:30 PM–3:00 PM");
    }

    @Test
    void bokmaalUsesTheTwentyFourHourClockOnBothEnds() {
        assertThat(SchedulingTexts.span(oslo("2026-12-03T09:00"), oslo("2026-12-03T12:00"), NB))
                .isEqualTo("3. desember 2026 kl. 09:00–12:00");
        assertThat(SchedulingTexts.span(oslo("2026-12-03T13:30"), oslo("2026-12-03T15:00"), NB))
                .isEqualTo("3. desember 2026 kl. 13:30–15:00");
    }

    @Test
    void summerAndWinterTimeAreBothShownInOsloTime() {
        // 08:00 UTC is 10:00 in summer (CEST) and 09:00 in winter (CET).
        assertThat(SchedulingTexts.dateTime(Instant.parse("2026-06-15T08:00:00Z"), NB))
                .isEqualTo("15. juni 2026 kl. 10:00");
        assertThat(SchedulingTexts.dateTime(Instant.parse("2026-12-15T08:00:00Z"), NB))
                .isEqualTo("15. desember 2026 kl. 09:00");
        assertThat(SchedulingTexts.dateTime(Instant.parse("2026-06-15T08:00:00Z"), EN))
                .isEqualTo("15 June 2026 at 10:00 AM");
        // The night the clocks go back (25 October 2026): 00:30 UTC is 02:30 CEST, 01:30 UTC is 02:30 CET.
        assertThat(SchedulingTexts.span(
                        Instant.parse("2026-10-25T00:30:00Z"), Instant.parse("2026-10-25T01:30:00Z"), NB))
                .isEqualTo("25. oktober 2026 kl. 02:30–02:30");
    }

    @Test
    void aSessionOverMidnightGivesBothDates() {
        assertThat(SchedulingTexts.span(oslo("2026-12-03T22:00"), oslo("2026-12-04T01:00"), EN))
                .isEqualTo("3 December 2026 at 10:00 PM – 4 December 2026 at 1:00 AM");
    }
}
