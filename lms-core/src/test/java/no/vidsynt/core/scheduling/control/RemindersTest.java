package no.vidsynt.core.scheduling.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RemindersTest {

    private static final List<Duration> OFFSETS = Reminders.parse("PT1H, PT24H");
    private static final Instant START = Instant.parse("2026-05-04T08:00:00Z");

    @Test
    void offsetsAreReadLargestFirst() {
        assertThat(OFFSETS).containsExactly(Duration.ofHours(24), Duration.ofHours(1));
        assertThat(Reminders.parse("")).isEmpty();
    }

    @Test
    void eachReminderIsDueOnceInTurn() {
        assertThat(Reminders.due(OFFSETS, START, null, START.minus(Duration.ofHours(30))))
                .isEmpty();
        assertThat(Reminders.due(OFFSETS, START, null, START.minus(Duration.ofHours(23))))
                .contains(Duration.ofHours(24));
        assertThat(Reminders.due(OFFSETS, START, 86400L, START.minus(Duration.ofHours(23))))
                .isEmpty();
        assertThat(Reminders.due(OFFSETS, START, 86400L, START.minus(Duration.ofMinutes(59))))
                .contains(Duration.ofHours(1));
        assertThat(Reminders.due(OFFSETS, START, 3600L, START.minus(Duration.ofMinutes(10))))
                .isEmpty();
        assertThat(Reminders.due(OFFSETS, START, null, START.plusSeconds(1)))
                .as("started")
                .isEmpty();
    }

    @Test
    void aLateBookingGetsOnlyTheNearestReminder() {
        assertThat(Reminders.due(OFFSETS, START, null, START.minus(Duration.ofMinutes(30))))
                .contains(Duration.ofHours(1));
    }
}
