package no.vidsynt.veiledning.logbook.boundary;

import java.time.Instant;
import java.time.LocalDate;
import no.vidsynt.veiledning.logbook.entity.LogEntry;

/** A logbook entry as the API shows it to its writer (or, when shared, to their trainer). */
public record LogEntryView(
        long id,
        LocalDate givenOn,
        int minutes,
        String mode,
        int participants,
        String theme,
        String method,
        String whatWorked,
        String reflection,
        boolean shared,
        Instant writtenAt,
        Instant changedAt) {

    public static LogEntryView of(LogEntry entry) {
        return new LogEntryView(
                entry.getId(),
                entry.getGivenOn(),
                entry.getMinutes(),
                entry.getMode().name(),
                entry.getParticipants(),
                entry.getTheme(),
                entry.getMethod(),
                entry.getWhatWorked(),
                entry.getReflection(),
                entry.isShared(),
                entry.getWrittenAt(),
                entry.getChangedAt());
    }
}
