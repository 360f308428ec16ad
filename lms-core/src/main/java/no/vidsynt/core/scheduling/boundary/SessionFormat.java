package no.vidsynt.core.scheduling.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.time.OffsetDateTime;

/** Oslo dates and times on the scheduling pages: {@code #{sessionFormat.when(s.start, s.end)}}. */
@Named
@RequestScoped
public class SessionFormat {

    public String dateTime(OffsetDateTime time) {
        return PageMessages.dateTime(time);
    }

    /** "29. mars 2026 kl. 10:00–12:00". */
    public String when(OffsetDateTime start, OffsetDateTime end) {
        if (start == null) {
            return "";
        }
        if (end != null && start.toLocalDate().equals(end.toLocalDate())) {
            return PageMessages.dateTime(start) + "–" + PageMessages.time(end);
        }
        return PageMessages.dateTime(start) + " – " + PageMessages.dateTime(end);
    }

    public String join(java.util.List<String> names) {
        return names == null ? "" : String.join(", ", names);
    }
}
