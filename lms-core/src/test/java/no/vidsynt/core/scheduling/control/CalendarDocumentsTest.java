package no.vidsynt.core.scheduling.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

class CalendarDocumentsTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final CalendarDocuments.Party TRAINER =
            new CalendarDocuments.Party("tor@demo.vidsynt.no", "Tor Trener");
    private static final CalendarDocuments.Party LISE =
            new CalendarDocuments.Party("lise@demo.vidsynt.no", "Lise Larsen");

    /** 10:00-12:00 in Oslo on the Sunday summer time starts (29 March 2026): 08:00Z, as CEST is UTC+2. */
    private static CalendarDocuments.Event event(int sequence, boolean cancelled) {
        Instant start = LocalDateTime.parse("2026-03-29T10:00")
                .atZone(CalendarDocuments.OSLO)
                .toInstant();
        return new CalendarDocuments.Event(
                "session-abc@vidsynt.no",
                sequence,
                "Praksistrening",
                "Ta med en case.",
                start,
                start.plusSeconds(7200),
                "Kristiansand, rom 2",
                null,
                cancelled);
    }

    @Test
    void anInvitationIsARequestInOsloTimeWithItsTimeZone() throws Exception {
        String ics = CalendarDocuments.invitation(event(1, false), TRAINER, LISE, NOW);
        assertThat(ics)
                .contains("METHOD:REQUEST")
                .contains("UID:session-abc@vidsynt.no")
                .contains("SEQUENCE:1")
                .contains("BEGIN:VTIMEZONE")
                .contains("TZID:Europe/Oslo")
                .contains("DTSTART;TZID=Europe/Oslo:20260329T100000")
                .contains("DTEND;TZID=Europe/Oslo:20260329T120000")
                .contains("ORGANIZER;CN=Tor Trener:mailto:tor@demo.vidsynt.no")
                .contains("mailto:lise@demo.vidsynt.no")
                .contains("STATUS:CONFIRMED");
        Calendar parsed = new CalendarBuilder().build(new StringReader(ics));
        VEvent vevent = parsed.getComponent("VEVENT").map(VEvent.class::cast).orElseThrow();
        assertThat(vevent.getDateTimeStart().getDate()).isInstanceOf(java.time.ZonedDateTime.class);
        java.time.ZonedDateTime start =
                (java.time.ZonedDateTime) vevent.getDateTimeStart().getDate();
        assertThat(start.toInstant()).isEqualTo(Instant.parse("2026-03-29T08:00:00Z"));
    }

    @Test
    void aCancellationKeepsTheUidAndRaisesTheSequence() {
        String request = CalendarDocuments.invitation(event(1, false), TRAINER, LISE, NOW);
        String cancel = CalendarDocuments.invitation(event(2, true), TRAINER, LISE, NOW);
        assertThat(cancel)
                .contains("METHOD:CANCEL")
                .contains("UID:session-abc@vidsynt.no")
                .contains("SEQUENCE:2")
                .contains("STATUS:CANCELLED");
        assertThat(request).contains("SEQUENCE:1");
    }

    @Test
    void theTimeZoneKnowsBothSidesOfTheDaylightSavingChange() {
        String ics = CalendarDocuments.invitation(event(0, false), TRAINER, LISE, NOW);
        assertThat(ics)
                .contains("BEGIN:DAYLIGHT")
                .contains("TZOFFSETTO:+0200")
                .contains("BEGIN:STANDARD")
                .contains("TZOFFSETTO:+0100");
    }

    @Test
    void aFeedPublishesEveryEvent() {
        Instant autumn = LocalDateTime.parse("2026-10-25T09:00")
                .atZone(CalendarDocuments.OSLO)
                .toInstant();
        var second = new CalendarDocuments.Event(
                "session-def@vidsynt.no",
                0,
                "Fagdag",
                null,
                autumn,
                autumn.plusSeconds(3600),
                null,
                "https://video.example.no/rom",
                false);
        String feed = CalendarDocuments.feed(List.of(event(0, false), second), NOW);
        assertThat(feed)
                .contains("METHOD:PUBLISH")
                .contains("UID:session-abc@vidsynt.no")
                .contains("UID:session-def@vidsynt.no")
                .contains("DTSTART;TZID=Europe/Oslo:20261025T090000")
                .contains("LOCATION:https://video.example.no/rom");
    }

    @Test
    void aBadStoredLinkOrAddressNeverBreaksAnInvitation() {
        Instant start = LocalDateTime.parse("2026-10-25T09:00")
                .atZone(CalendarDocuments.OSLO)
                .toInstant();
        var event = new CalendarDocuments.Event(
                "session-bad@vidsynt.no",
                0,
                "Økt\r\nX-INJECTED: 1",
                null,
                start,
                start.plusSeconds(3600),
                null,
                "https://x.example/\"><svg/onload=alert(1)>",
                false);
        String ics = CalendarDocuments.invitation(
                event, TRAINER, new CalendarDocuments.Party("not an address\r\nX: y", "Lise\nLarsen"), NOW);
        assertThat(ics)
                .contains("UID:session-bad@vidsynt.no")
                .doesNotContain("\nURL:")
                .doesNotContain("\nX-INJECTED")
                .doesNotContain("\nX: y");
        assertThat(CalendarDocuments.feed(List.of(event), NOW)).contains("UID:session-bad@vidsynt.no");
    }
}
