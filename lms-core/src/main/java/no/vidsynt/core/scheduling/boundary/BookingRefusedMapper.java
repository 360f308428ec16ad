package no.vidsynt.core.scheduling.boundary;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import no.vidsynt.core.platform.rest.Problem;
import no.vidsynt.core.scheduling.control.BookingRefused;
import no.vidsynt.core.scheduling.control.SchedulingTexts;
import no.vidsynt.core.scheduling.control.Sessions;

/** A refused booking action as a problem document, in the language the caller asks for (English by default). */
@Provider
public class BookingRefusedMapper implements ExceptionMapper<BookingRefused> {

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(BookingRefused refused) {
        Response.Status status = switch (refused.reason()) {
            case NOT_FOUND -> Response.Status.NOT_FOUND;
            case NOT_ALLOWED -> Response.Status.FORBIDDEN;
            case CONFLICT -> Response.Status.CONFLICT;
            case INVALID -> Response.Status.BAD_REQUEST;
        };
        Locale locale = locale();
        List<Problem.FieldError> errors = refused instanceof Sessions.InvalidSession invalid
                ? invalid.problems().stream()
                        .map(p -> new Problem.FieldError(p.field(), SchedulingTexts.get(locale, p.key()))).toList()
                : null;
        String path = uri == null ? null : uri.getRequestUri().getPath();
        return new Problem("urn:vidsynt:scheduling:" + refused.key(), status.getReasonPhrase(), status.getStatusCode(),
                refused.message(locale), path, errors).toResponse();
    }

    private Locale locale() {
        if (headers != null) {
            for (Locale wanted : headers.getAcceptableLanguages()) {
                if (wanted.getLanguage().equals("nb") || wanted.getLanguage().equals("no")) {
                    return SchedulingTexts.localeOf("nb");
                }
                if (wanted.getLanguage().equals("en")) {
                    return Locale.ENGLISH;
                }
            }
        }
        return Locale.ENGLISH;
    }
}
