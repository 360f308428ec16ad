package no.vidsynt.core.scheduling.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import no.vidsynt.core.scheduling.entity.SessionDetails;
import no.vidsynt.core.scheduling.entity.TrainingSession;
import org.junit.jupiter.api.Test;

class SessionRulesTest {

    private static SessionDetails session(String start, String end) {
        Instant from = SessionRules.oslo(LocalDateTime.parse(start));
        Instant to = SessionRules.oslo(LocalDateTime.parse(end));
        return new SessionDetails(
                "PRACTICE_TRAINING",
                "Praksistrening",
                "veiledning",
                null,
                null,
                from,
                to,
                "Kristiansand",
                null,
                20,
                null,
                from,
                from.minusSeconds(86400),
                60);
    }

    @Test
    void aSensibleSessionHasNoProblems() {
        assertThat(SessionRules.problems(session("2026-05-04T10:00", "2026-05-04T12:00"), true))
                .isEmpty();
    }

    @Test
    void wrongDetailsAreNamedByField() {
        SessionDetails d = session("2026-05-04T10:00", "2026-05-04T09:00");
        var bad = new SessionDetails(
                d.kind(),
                " ",
                d.programmeKey(),
                null,
                null,
                d.startsAt(),
                d.endsAt(),
                null,
                "http://insecure",
                0,
                d.startsAt(),
                d.startsAt().plusSeconds(60),
                d.startsAt().plusSeconds(60),
                -1);
        assertThat(SessionRules.problems(bad, false))
                .extracting(SessionRules.Problem::field)
                .contains(
                        "kind",
                        "title",
                        "end",
                        "capacity",
                        "offerMinutes",
                        "bookingCloses",
                        "cancellationDeadline",
                        "videoLink");
        var nowhere = new SessionDetails(
                d.kind(), "x", "veiledning", null, null, d.endsAt(), d.startsAt(), null, null, 5, null, null, null, 0);
        assertThat(SessionRules.problems(nowhere, true))
                .extracting(SessionRules.Problem::field)
                .containsExactly("place");
    }

    private static SessionDetails with(String title, String place, String videoLink) {
        SessionDetails d = session("2026-05-04T10:00", "2026-05-04T12:00");
        return new SessionDetails(
                d.kind(),
                title,
                d.programmeKey(),
                null,
                null,
                d.startsAt(),
                d.endsAt(),
                place,
                videoLink,
                20,
                null,
                d.bookingClosesAt(),
                d.cancellationDeadline(),
                60);
    }

    @Test
    void aVideoLinkMustBeAnHttpsUrlWithAHost() {
        assertThat(SessionRules.problems(with("Økt", null, "https://meet.example.no/rom?id=1"), true))
                .isEmpty();
        for (String bad : new String[] {
            "https://x.example/\"><svg/onload=alert(1)>",
            "https://",
            "https:///path",
            "https://exa mple.no",
            "javascript:alert(1)",
            "http://meet.example.no",
            "https://user:pw@example.no/",
            "https://x.example/<script>"
        }) {
            assertThat(SessionRules.problems(with("Økt", null, bad), true))
                    .as(bad)
                    .extracting(SessionRules.Problem::field)
                    .contains("videoLink");
        }
    }

    @Test
    void titlesAndPlacesStayOnOneLine() {
        assertThat(SessionRules.problems(with("Økt\r\nBcc: x@example.no", "Kristiansand", null), true))
                .containsExactly(new SessionRules.Problem("title", "invalid.lineBreak"));
        assertThat(SessionRules.problems(with("Økt", "Rom 1\nFORGED LOG LINE", null), true))
                .containsExactly(new SessionRules.Problem("place", "invalid.lineBreak"));
        assertThat(SessionRules.problems(with("x".repeat(10_000), "Kristiansand", null), true))
                .containsExactly(new SessionRules.Problem("title", "invalid.title"));
    }

    @Test
    void osloTimesAreRightOnBothSidesOfTheSpringChange() {
        // Summer time starts on the last Sunday of March (29 March 2026) at 02:00 -> 03:00.
        SessionDetails before = session("2026-03-22T10:00", "2026-03-22T12:00");
        assertThat(before.startsAt()).isEqualTo(Instant.parse("2026-03-22T09:00:00Z"));
        SessionDetails next = SessionRules.weeksLater(before, 1);
        assertThat(next.startsAt()).as("10:00 CEST").isEqualTo(Instant.parse("2026-03-29T08:00:00Z"));
        assertThat(SessionRules.toOslo(next.startsAt())).isEqualTo(LocalDateTime.parse("2026-03-29T10:00"));
        assertThat(SessionRules.toOslo(next.endsAt())).isEqualTo(LocalDateTime.parse("2026-03-29T12:00"));
        assertThat(SessionRules.toOslo(next.cancellationDeadline())).isEqualTo(LocalDateTime.parse("2026-03-28T10:00"));
    }

    @Test
    void aSessionAcrossTheAutumnChangeLastsTheRealTime() {
        // Winter time returns on 25 October 2026: 03:00 CEST becomes 02:00 CET, so 01:00-04:00 lasts four hours.
        SessionDetails night = session("2026-10-25T01:00", "2026-10-25T04:00");
        assertThat(java.time.Duration.between(night.startsAt(), night.endsAt())).hasHours(4);
        SessionDetails weekly = SessionRules.weeksLater(session("2026-10-18T10:00", "2026-10-18T11:00"), 1);
        assertThat(weekly.startsAt()).as("10:00 CET").isEqualTo(Instant.parse("2026-10-25T09:00:00Z"));
    }

    @Test
    void bookingWindowAndLateCancellation() {
        SessionDetails d = session("2026-05-04T10:00", "2026-05-04T12:00");
        var windowed = new SessionDetails(
                d.kind(),
                d.title(),
                d.programmeKey(),
                null,
                null,
                d.startsAt(),
                d.endsAt(),
                d.place(),
                null,
                20,
                d.startsAt().minusSeconds(7 * 86400),
                d.startsAt().minusSeconds(3600),
                d.startsAt().minusSeconds(86400),
                60);
        TrainingSession s = new TrainingSession(windowed, "tor", Instant.now());
        assertThat(s.isBookingOpenAt(d.startsAt().minusSeconds(8 * 86400))).isFalse();
        assertThat(s.isBookingOpenAt(d.startsAt().minusSeconds(2 * 86400))).isTrue();
        assertThat(s.isBookingOpenAt(d.startsAt().minusSeconds(1800))).isFalse();
        assertThat(s.isLateCancellationAt(d.startsAt().minusSeconds(2 * 86400))).isFalse();
        assertThat(s.isLateCancellationAt(d.startsAt().minusSeconds(3600))).isTrue();
        s.cancel();
        assertThat(s.isBookingOpenAt(d.startsAt().minusSeconds(2 * 86400))).isFalse();
    }
}
