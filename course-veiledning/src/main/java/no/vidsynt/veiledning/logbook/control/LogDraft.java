package no.vidsynt.veiledning.logbook.control;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import no.vidsynt.veiledning.completion.control.ProgrammeRefusal;
import no.vidsynt.veiledning.logbook.entity.LogEntry;
import no.vidsynt.veiledning.logbook.entity.LogMode;
import no.vidsynt.veiledning.privacy.IdentityNumbers;

/**
 * A logbook entry as typed in a form or sent to the API, before it is checked. {@link #check} turns it into the
 * entry's content or refuses it field by field: every field filled in, numbers in sensible ranges, no date in the
 * future, and no identity number in any free text (no third party may be identifiable).
 */
public record LogDraft(
        LocalDate givenOn,
        Integer minutes,
        LogMode mode,
        Integer participants,
        String theme,
        String method,
        String whatWorked,
        String reflection) {

    static final int SHORT_TEXT = 200;
    static final int LONG_TEXT = 10_000;

    public LogEntry.Content check(LocalDate today) {
        Map<String, String> wrong = new LinkedHashMap<>();
        if (givenOn == null) {
            wrong.put("givenOn", "logbook.required");
        } else if (givenOn.isAfter(today)) {
            wrong.put("givenOn", "logbook.dateInFuture");
        }
        if (minutes == null) {
            wrong.put("minutes", "logbook.required");
        } else if (minutes < 5 || minutes > 600) {
            wrong.put("minutes", "logbook.minutesRange");
        }
        if (mode == null) {
            wrong.put("mode", "logbook.required");
        }
        if (participants == null) {
            wrong.put("participants", "logbook.required");
        } else if (participants < 1 || participants > 50) {
            wrong.put("participants", "logbook.participantsRange");
        } else if (mode == LogMode.GROUP && participants < 2) {
            wrong.put("participants", "logbook.groupNeedsTwo");
        }
        text(wrong, "theme", theme, SHORT_TEXT);
        text(wrong, "method", method, SHORT_TEXT);
        text(wrong, "whatWorked", whatWorked, LONG_TEXT);
        text(wrong, "reflection", reflection, LONG_TEXT);
        if (!wrong.isEmpty()) {
            throw ProgrammeRefusal.fields(wrong);
        }
        return new LogEntry.Content(
                givenOn,
                minutes,
                mode,
                mode == LogMode.INDIVIDUAL ? 1 : participants,
                theme.strip(),
                method.strip(),
                whatWorked.strip(),
                reflection.strip());
    }

    private static void text(Map<String, String> wrong, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            wrong.put(field, "logbook.required");
        } else if (value.strip().length() > max) {
            wrong.put(field, max == SHORT_TEXT ? "logbook.tooLongShort" : "logbook.tooLong");
        } else if (IdentityNumbers.containsAny(value)) {
            wrong.put(field, "privacy.identityNumber");
        }
    }
}
