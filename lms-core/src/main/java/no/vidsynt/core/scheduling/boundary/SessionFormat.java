package no.vidsynt.core.scheduling.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.time.OffsetDateTime;
import no.vidsynt.core.scheduling.control.SchedulingTexts;

/** Oslo dates and times on the scheduling pages: {@code #{sessionFormat.when(s.start, s.end)}}. */
@Named
@RequestScoped
public class SessionFormat {

    public String dateTime(OffsetDateTime time) {
        return PageMessages.dateTime(time);
    }

    /** "29. mars 2026 kl. 10:00–12:00"; "29 March 2026 at 10:00 AM–12:00 PM". */
    public String when(OffsetDateTime start, OffsetDateTime end) {
        return start == null
                ? ""
                : SchedulingTexts.span(start.toInstant(), end == null ? null : end.toInstant(), PageMessages.locale());
    }

    /** An instant as "29. mars 2026 kl. 10:00". */
    public String instant(java.time.Instant at) {
        return at == null ? "" : SchedulingTexts.dateTime(at, PageMessages.locale());
    }

    public String join(java.util.List<String> names) {
        return names == null ? "" : String.join(", ", names);
    }
}
