package no.vidsynt.core.scheduling.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import no.vidsynt.core.scheduling.entity.BookingStatus;
import org.junit.jupiter.api.Test;

/** The reflection before a session opens with a seat (or attendance), not with a waitlist place or an offer. */
class UnitSessionsPlaceTest {

    private static UnitSessions.Place place(BookingStatus status, boolean attended) {
        Instant start = Instant.parse("2026-03-12T08:00:00Z");
        return new UnitSessions.Place(1, "Trening", start, start.plusSeconds(3600), status, attended, Set.of(7L));
    }

    @Test
    void aSeatOrAttendanceCountsAsBooked() {
        assertThat(place(BookingStatus.BOOKED, false).booked()).isTrue();
        assertThat(place(BookingStatus.BOOKED, true).booked()).isTrue();
    }

    @Test
    void waitingOrBeingOfferedASeatIsNotBookedYet() {
        assertThat(place(BookingStatus.WAITLISTED, false).booked()).isFalse();
        assertThat(place(BookingStatus.OFFERED, false).booked()).isFalse();
    }
}
