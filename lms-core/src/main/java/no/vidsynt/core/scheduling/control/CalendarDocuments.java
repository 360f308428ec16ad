package no.vidsynt.core.scheduling.control;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.component.Daylight;
import net.fortuna.ical4j.model.component.Standard;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.TzName;
import net.fortuna.ical4j.model.property.TzOffsetFrom;
import net.fortuna.ical4j.model.property.TzOffsetTo;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import no.vidsynt.core.platform.input.HttpsLink;
import no.vidsynt.core.platform.input.SingleLine;

/**
 * iCalendar documents (RFC 5545) for sessions, with ical4j: an invitation or cancellation for one person
 * (METHOD:REQUEST / CANCEL, the session's stable UID, a SEQUENCE that grows with each change) and a personal feed
 * (METHOD:PUBLISH). Times are written in Europe/Oslo with its VTIMEZONE, so calendars show them right on both sides
 * of a daylight-saving change.
 */
public final class CalendarDocuments {

    public static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final String PRODUCT = "-//VidSynt//Training sessions//NB";

    /** One event as calendars should show it. */
    public record Event(
            String uid,
            int sequence,
            String summary,
            String description,
            Instant start,
            Instant end,
            String place,
            String videoLink,
            boolean cancelled) {}

    /** Who sends and who receives an invitation. */
    public record Party(String email, String name) {}

    private CalendarDocuments() {}

    /**
     * An invitation (METHOD:REQUEST) or, for a cancelled booking or session, a cancellation (METHOD:CANCEL).
     * Synchronized, like {@link #feed}: ical4j 4.1.1 formats dates through shared state that is not thread-safe
     * (concurrent bookings failed with "Unsupported field: YearOfEra" without it).
     */
    public static synchronized String invitation(Event event, Party organizer, Party attendee, Instant now) {
        String method = event.cancelled() ? Method.VALUE_CANCEL : Method.VALUE_REQUEST;
        VEvent vevent = vevent(event, now);
        mailto(organizer.email())
                .ifPresent(address -> vevent.add(
                        new Organizer(new ParameterList(List.of(new Cn(SingleLine.of(organizer.name())))), address)));
        mailto(attendee.email())
                .ifPresent(address -> vevent.add(new Attendee(
                        new ParameterList(List.of(
                                new Cn(SingleLine.of(attendee.name())),
                                Role.REQ_PARTICIPANT,
                                event.cancelled() ? PartStat.DECLINED : PartStat.ACCEPTED,
                                new Rsvp(false))),
                        address)));
        return calendar(method, List.of(vevent)).toString();
    }

    /** A feed of events to subscribe to (METHOD:PUBLISH). */
    public static synchronized String feed(List<Event> events, Instant now) {
        return calendar(
                        Method.VALUE_PUBLISH,
                        events.stream().map(event -> vevent(event, now)).toList())
                .toString();
    }

    private static Calendar calendar(String method, List<VEvent> events) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new Method(method));
        calendar.add(osloTimeZone());
        events.forEach(calendar::add);
        return calendar;
    }

    private static VEvent vevent(Event event, Instant now) {
        VEvent vevent =
                new VEvent(event.start().atZone(OSLO), event.end().atZone(OSLO), SingleLine.of(event.summary()));
        vevent.add(new Uid(event.uid()));
        vevent.add(new Sequence(event.sequence()));
        vevent.replace(new DtStamp(now.truncatedTo(java.time.temporal.ChronoUnit.SECONDS)));
        vevent.add(event.cancelled() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        String location = event.place() != null && !event.place().isBlank() ? event.place() : event.videoLink();
        if (location != null && !location.isBlank()) {
            vevent.add(new Location(SingleLine.of(location)));
        }
        // A stored link that is no URL (saved before links were checked) is left out, never a failed booking.
        HttpsLink.parse(event.videoLink()).ifPresent(link -> vevent.add(new Url(link)));
        if (event.description() != null && !event.description().isBlank()) {
            vevent.add(new Description(event.description()));
        }
        return vevent;
    }

    /** A mailto: URI for an address, or empty when the stored address cannot be one. */
    static java.util.Optional<URI> mailto(String email) {
        if (email == null || email.isBlank() || SingleLine.hasBreak(email)) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(new URI("mailto", email.strip(), null));
        } catch (java.net.URISyntaxException e) {
            return java.util.Optional.empty();
        }
    }

    /**
     * Europe/Oslo's rules since 1996 (summer time from the last Sunday of March 02:00 to the last Sunday of October
     * 03:00), written out here: ical4j's bundled tz data names the zone Europe/Berlin (an alias since tzdata 2022),
     * and Outlook needs the VTIMEZONE's TZID to match the events' TZID.
     */
    static VTimeZone osloTimeZone() {
        Standard winter = new Standard();
        winter.add(new TzName("CET"));
        winter.add(new TzOffsetFrom(ZoneOffset.ofHours(2)));
        winter.add(new TzOffsetTo(ZoneOffset.ofHours(1)));
        winter.add(new DtStart<>(LocalDateTime.of(1996, 10, 27, 3, 0)));
        winter.add(new RRule<>("FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU"));
        Daylight summer = new Daylight();
        summer.add(new TzName("CEST"));
        summer.add(new TzOffsetFrom(ZoneOffset.ofHours(1)));
        summer.add(new TzOffsetTo(ZoneOffset.ofHours(2)));
        summer.add(new DtStart<>(LocalDateTime.of(1981, 3, 29, 2, 0)));
        summer.add(new RRule<>("FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU"));
        VTimeZone zone = new VTimeZone(new ComponentList<>(List.of(summer, winter)));
        zone.add(new TzId(OSLO.getId()));
        return zone;
    }
}
