package no.vidsynt.core.scheduling.control;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import no.vidsynt.core.platform.input.HttpsLink;
import no.vidsynt.core.platform.input.SingleLine;
import no.vidsynt.core.scheduling.entity.SessionDetails;

/** What makes a session's details sensible, and how a weekly series is laid out in Oslo time. Pure logic. */
public final class SessionRules {

    /** One field that is wrong, with the bundle key of why. */
    public record Problem(String field, String key) {}

    public static final int MAX_WEEKS = 52;

    private SessionRules() {}

    public static List<Problem> problems(SessionDetails details, boolean knownKind) {
        List<Problem> problems = new ArrayList<>();
        if (!knownKind || details.kind() == null || details.kind().length() > 40) {
            problems.add(new Problem("kind", "invalid.kind"));
        }
        if (details.title() == null
                || details.title().isBlank()
                || details.title().length() > 200) {
            problems.add(new Problem("title", "invalid.title"));
        } else if (SingleLine.hasBreak(details.title())) {
            problems.add(new Problem("title", "invalid.lineBreak"));
        }
        if (details.startsAt() == null || details.endsAt() == null) {
            problems.add(new Problem("start", "invalid.times"));
            return problems;
        }
        if (!details.endsAt().isAfter(details.startsAt())) {
            problems.add(new Problem("end", "invalid.endBeforeStart"));
        }
        if (details.capacity() < 1 || details.capacity() > 10_000) {
            problems.add(new Problem("capacity", "invalid.capacity"));
        }
        if (details.offerMinutes() < 0 || details.offerMinutes() > 60 * 24 * 14) {
            problems.add(new Problem("offerMinutes", "invalid.offerMinutes"));
        }
        if (details.bookingClosesAt() != null && details.bookingClosesAt().isAfter(details.startsAt())) {
            problems.add(new Problem("bookingCloses", "invalid.closesAfterStart"));
        }
        if (details.bookingOpensAt() != null
                && details.bookingClosesAt() != null
                && !details.bookingOpensAt().isBefore(details.bookingClosesAt())) {
            problems.add(new Problem("bookingOpens", "invalid.opensAfterCloses"));
        }
        if (details.cancellationDeadline() != null
                && details.cancellationDeadline().isAfter(details.startsAt())) {
            problems.add(new Problem("cancellationDeadline", "invalid.deadlineAfterStart"));
        }
        if (details.place() != null && details.place().length() > 300) {
            problems.add(new Problem("place", "invalid.place"));
        } else if (SingleLine.hasBreak(details.place())) {
            problems.add(new Problem("place", "invalid.lineBreak"));
        }
        if (details.videoLink() != null && details.videoLink().length() > 500) {
            problems.add(new Problem("videoLink", "invalid.videoLink"));
        }
        if ((details.place() == null || details.place().isBlank())
                && (details.videoLink() == null || details.videoLink().isBlank())) {
            problems.add(new Problem("place", "invalid.placeOrLink"));
        }
        if (details.videoLink() != null
                && !details.videoLink().isBlank()
                && details.videoLink().length() <= 500
                && !HttpsLink.isValid(details.videoLink())) {
            problems.add(new Problem("videoLink", "invalid.videoLink"));
        }
        return problems;
    }

    /**
     * The same session {@code weeks} weeks later, at the same Oslo wall-clock time: a 10:00 session stays at 10:00
     * after the change to or from summer time (the instant moves by an hour), as people expect of a weekly series.
     */
    public static SessionDetails weeksLater(SessionDetails details, int weeks) {
        return new SessionDetails(
                details.kind(),
                details.title(),
                details.programmeKey(),
                details.courseId(),
                details.unitId(),
                weeksLater(details.startsAt(), weeks),
                weeksLater(details.endsAt(), weeks),
                details.place(),
                details.videoLink(),
                details.capacity(),
                weeksLater(details.bookingOpensAt(), weeks),
                weeksLater(details.bookingClosesAt(), weeks),
                weeksLater(details.cancellationDeadline(), weeks),
                details.offerMinutes());
    }

    static Instant weeksLater(Instant instant, int weeks) {
        return instant == null
                ? null
                : instant.atZone(CalendarDocuments.OSLO).plusWeeks(weeks).toInstant();
    }

    /** An Oslo wall-clock time as an instant (in the autumn's repeated hour, the earlier one). */
    public static Instant oslo(LocalDateTime local) {
        return local == null
                ? null
                : ZonedDateTime.of(local, CalendarDocuments.OSLO).toInstant();
    }

    public static LocalDateTime toOslo(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, CalendarDocuments.OSLO);
    }
}
