package no.vidsynt.core.scheduling.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import no.vidsynt.core.people.entity.Person;
import no.vidsynt.core.people.entity.Role;
import no.vidsynt.core.scheduling.control.Attendances;
import no.vidsynt.core.scheduling.control.Bookings;
import no.vidsynt.core.scheduling.control.CalendarDocuments;
import no.vidsynt.core.scheduling.control.Retrying;
import no.vidsynt.core.scheduling.control.RosterEntry;
import no.vidsynt.core.scheduling.control.SessionListing;
import no.vidsynt.core.scheduling.control.SessionSummary;
import no.vidsynt.core.scheduling.control.Sessions;
import no.vidsynt.core.scheduling.control.SignInSheets;
import no.vidsynt.core.scheduling.entity.Attendance;
import no.vidsynt.core.scheduling.entity.Booking;
import no.vidsynt.core.scheduling.entity.TrainingSession;
import no.vidsynt.core.security.boundary.CurrentPerson;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Training sessions: the upcoming ones, booking, cancelling and accepting offers for oneself, and for trainers
 * creating, moving and cancelling sessions, the roster, attendance, sign-in sheets and messages to attendees.
 * Every rule is checked in the services, the same for this API and the pages.
 */
@Path("v1/sessions")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@RolesAllowed({Role.LEARNER_ROLE, Role.TRAINER_ROLE, Role.AUTHOR_ROLE, Role.LEADER_ROLE, Role.ADMIN_ROLE})
@Tag(name = "Training sessions")
@SecurityRequirement(name = "basic")
public class SessionsResource {

    @Inject
    CurrentPerson currentPerson;

    @Inject
    SessionListing listing;

    @Inject
    Sessions sessions;

    @Inject
    Bookings bookings;

    @Inject
    Attendances attendances;

    @Inject
    Retrying retrying;

    /** The caller's place in a session after an action. */
    public record BookingView(
            long sessionId, String status, Long waitlistPosition, Instant offerExpires, String attendance) {

        static BookingView of(Booking booking) {
            return new BookingView(
                    booking.getSessionId(),
                    booking.getStatus().name(),
                    booking.getWaitlistPosition(),
                    booking.getOfferExpiresAt(),
                    booking.getAttendance() == null
                            ? null
                            : booking.getAttendance().name());
        }
    }

    /** A trainer's mark for one person. */
    public record AttendanceInput(Attendance attendance, String note) {}

    /** A trainer's message to everyone booked. */
    public record MessageInput(String subject, String text) {}

    @GET
    @Operation(summary = "Scheduled sessions from a date (default today) for some days (default 180), by programme")
    public List<SessionSummary> upcoming(
            @QueryParam("programme") String programme,
            @QueryParam("from") String from,
            @QueryParam("days") Integer days) {
        Instant start;
        try {
            start = from == null || from.isBlank()
                    ? Instant.now()
                    : LocalDate.parse(from).atStartOfDay(CalendarDocuments.OSLO).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            throw new BadRequestException("'from' must be a date such as 2026-03-29.");
        }
        int span = days == null ? 180 : Math.max(1, Math.min(days, 730));
        return listing.upcoming(programme, start, start.plus(Duration.ofDays(span)), me(), Locale.ENGLISH);
    }

    @GET
    @Path("mine")
    @Operation(summary = "Sessions the caller is booked, waitlisted or offered a seat in")
    public List<SessionSummary> mine() {
        return listing.mine(me(), Locale.ENGLISH);
    }

    @GET
    @Path("teaching")
    @RolesAllowed({Role.TRAINER_ROLE, Role.ADMIN_ROLE})
    @Operation(summary = "The caller's own sessions as a trainer (all sessions for an administrator)")
    public List<SessionSummary> teaching() {
        Person me = me();
        return listing.teaching(me, me.getRoles().contains(Role.ADMIN), Locale.ENGLISH);
    }

    @GET
    @Path("{id: \\d+}")
    @Operation(summary = "One session")
    public SessionSummary one(@PathParam("id") long id) {
        return listing.one(sessions.find(id), me(), Locale.ENGLISH);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.TRAINER_ROLE, Role.ADMIN_ROLE})
    @Operation(summary = "Create a session, or a weekly series (weeks > 1)")
    public Response create(@Valid @NotNull SessionInput input) {
        Person me = me();
        List<TrainingSession> created = sessions.create(input.details(), input.weeksOrOne(), me);
        List<SessionSummary> result =
                created.stream().map(s -> listing.one(s, me, Locale.ENGLISH)).toList();
        return Response.status(Response.Status.CREATED).entity(result).build();
    }

    @PUT
    @Path("{id: \\d+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.TRAINER_ROLE, Role.ADMIN_ROLE})
    @Operation(summary = "Change or move a session; everyone booked gets an updated invitation")
    public SessionSummary change(@PathParam("id") long id, @Valid @NotNull SessionInput input) {
        Person me = me();
        return listing.one(retrying.run(() -> sessions.change(id, input.details(), me)), me, Locale.ENGLISH);
    }

    @POST
    @Path("{id: \\d+}/cancel")
    @RolesAllowed({Role.TRAINER_ROLE, Role.ADMIN_ROLE})
    @Operation(summary = "Cancel a session; everyone is told")
    public SessionSummary cancel(@PathParam("id") long id) {
        Person me = me();
        return listing.one(retrying.run(() -> sessions.cancel(id, me)), me, Locale.ENGLISH);
    }

    @POST
    @Path("{id: \\d+}/booking")
    @Operation(summary = "Book a seat for the caller, or a waitlist place when the session is full")
    public Response book(@PathParam("id") long id) {
        long person = me().getId();
        Booking booking = retrying.run(() -> bookings.book(id, person));
        return Response.status(Response.Status.CREATED)
                .entity(BookingView.of(booking))
                .build();
    }

    @DELETE
    @Path("{id: \\d+}/booking")
    @Operation(summary = "Cancel the caller's booking, waitlist place or offer")
    public BookingView cancelBooking(@PathParam("id") long id) {
        long person = me().getId();
        return BookingView.of(retrying.run(() -> bookings.cancel(id, person)));
    }

    @POST
    @Path("{id: \\d+}/booking/accept")
    @Operation(summary = "Accept the seat offered to the caller")
    public BookingView accept(@PathParam("id") long id) {
        long person = me().getId();
        return BookingView.of(retrying.run(() -> bookings.acceptOffer(id, person)));
    }

    @GET
    @Path("{id: \\d+}/roster")
    @RolesAllowed({Role.TRAINER_ROLE, Role.ADMIN_ROLE})
    @Operation(summary = "Everyone booked, offered, waiting or cancelled, with attendance and trainer notes")
    public List<RosterEntry> roster(@PathParam("id") long id) {
        sessions.requireManager(sessions.find(id), me());
        return listing.roster(id);
    }

    @PUT
    @Path("{id: \\d+}/roster/{bookingId: \\d+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.TRAINER_ROLE, Role.ADMIN_ROLE})
    @Operation(summary = "Mark attendance (ATTENDED, NO_SHOW, EXCUSED) and a note only trainers see")
    public BookingView mark(
            @PathParam("id") long id, @PathParam("bookingId") long bookingId, @Valid @NotNull AttendanceInput input) {
        return BookingView.of(attendances.mark(id, bookingId, input.attendance(), input.note(), me()));
    }

    @GET
    @Path("{id: \\d+}/sign-in-sheet.csv")
    @Produces("text/csv")
    @RolesAllowed({Role.TRAINER_ROLE, Role.ADMIN_ROLE})
    @Operation(summary = "The sign-in sheet as CSV")
    public Response csv(@PathParam("id") long id, @QueryParam("lang") String lang) {
        TrainingSession session = managed(id);
        Locale locale = no.vidsynt.core.scheduling.control.SchedulingTexts.localeOf(lang);
        String csv = SignInSheets.csv(listing.one(session, null, locale), listing.roster(id), locale);
        return Response.ok(csv, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"sign-in-" + id + ".csv\"")
                .build();
    }

    @GET
    @Path("{id: \\d+}/sign-in-sheet.pdf")
    @Produces("application/pdf")
    @RolesAllowed({Role.TRAINER_ROLE, Role.ADMIN_ROLE})
    @Operation(summary = "The sign-in sheet as a printable PDF")
    public Response pdf(@PathParam("id") long id, @QueryParam("lang") String lang) {
        TrainingSession session = managed(id);
        Locale locale = no.vidsynt.core.scheduling.control.SchedulingTexts.localeOf(lang);
        byte[] pdf = SignInSheets.pdf(listing.one(session, null, locale), listing.roster(id), locale);
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"sign-in-" + id + ".pdf\"")
                .build();
    }

    @POST
    @Path("{id: \\d+}/messages")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.TRAINER_ROLE, Role.ADMIN_ROLE})
    @Operation(summary = "Mail a message to everyone booked")
    public Response message(@PathParam("id") long id, @Valid @NotNull MessageInput input) {
        int sent = sessions.messageAttendees(id, input.subject(), input.text(), me());
        return Response.accepted(java.util.Map.of("recipients", sent)).build();
    }

    private TrainingSession managed(long id) {
        TrainingSession session = sessions.find(id);
        sessions.requireManager(session, me());
        return session;
    }

    private Person me() {
        return currentPerson.require();
    }
}
