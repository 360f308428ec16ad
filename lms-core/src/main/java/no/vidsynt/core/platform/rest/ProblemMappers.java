package no.vidsynt.core.platform.rest;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.vidsynt.core.platform.Refusal;
import no.vidsynt.core.platform.web.LanguageChoice;
import no.vidsynt.core.platform.web.Languages;

/** Turns every failure of an API call into a problem document (RFC 7807) without internals. */
public final class ProblemMappers {

    private ProblemMappers() {}

    /** Errors the API raises on purpose (404, 409, ...): their status and message are meant for the caller. */
    @Provider
    public static class WebApplicationErrors implements ExceptionMapper<WebApplicationException> {
        @Context
        UriInfo uri;

        @Context
        SecurityContext security;

        @Override
        public Response toResponse(WebApplicationException exception) {
            Response.StatusType status = exception.getResponse().getStatusInfo();
            if (exception instanceof ForbiddenException && security.getUserPrincipal() == null
                    || exception instanceof NotAuthorizedException) {
                return signIn(uri);
            }
            String detail =
                    exception.getMessage() != null && !exception.getMessage().startsWith("HTTP ")
                            ? exception.getMessage()
                            : status.getReasonPhrase();
            return Problem.of(status, detail, path(uri)).toResponse();
        }
    }

    /**
     * A service's {@link Refusal}: its kind's status, its reason in the caller's language ({@link LanguageChoice#of}),
     * and a type naming the reason, {@code urn:vidsynt:<area>:<key>}, that clients can branch on.
     */
    @Provider
    public static class Refusals implements ExceptionMapper<Refusal> {
        @Context
        UriInfo uri;

        @Context
        SecurityContext security;

        @Context
        HttpServletRequest request;

        @Override
        public Response toResponse(Refusal refusal) {
            if (refusal.kind() == Refusal.Kind.FORBIDDEN && security != null && security.getUserPrincipal() == null) {
                return signIn(uri);
            }
            Locale locale = request == null ? Languages.DEFAULT : LanguageChoice.of(request);
            Response.StatusType status =
                    Response.Status.fromStatusCode(refusal.kind().status());
            List<Problem.FieldError> errors = refusal.fieldReasons(locale).stream()
                    .map(field -> new Problem.FieldError(field.field(), field.message()))
                    .toList();
            return new Problem(
                            "urn:vidsynt:" + refusal.area() + ":" + refusal.key(),
                            status.getReasonPhrase(),
                            status.getStatusCode(),
                            refusal.message(locale),
                            path(uri),
                            errors.isEmpty() ? null : errors)
                    .toResponse();
        }
    }

    /** Bean Validation failures on request parameters or bodies: 400 with one entry per field. */
    @Provider
    public static class ValidationErrors implements ExceptionMapper<ConstraintViolationException> {
        @Context
        UriInfo uri;

        @Override
        public Response toResponse(ConstraintViolationException exception) {
            List<Problem.FieldError> errors = exception.getConstraintViolations().stream()
                    .map(violation -> new Problem.FieldError(fieldOf(violation), violation.getMessage()))
                    .sorted(Comparator.comparing(Problem.FieldError::field))
                    .toList();
            return new Problem("about:blank", "Bad Request", 400, "The request has invalid fields.", path(uri), errors)
                    .toResponse();
        }

        private static String fieldOf(ConstraintViolation<?> violation) {
            String path = violation.getPropertyPath().toString();
            int lastDot = path.lastIndexOf('.');
            return lastDot < 0 ? path : path.substring(lastDot + 1);
        }
    }

    /** A body the call cannot read ({@link JsonBodyCheck}): 400 with one entry per wrong field. */
    @Provider
    public static class InvalidBodies implements ExceptionMapper<InvalidBody> {
        @Context
        UriInfo uri;

        @Override
        public Response toResponse(InvalidBody exception) {
            return new Problem("about:blank", "Bad Request", 400, exception.getMessage(), path(uri), exception.errors())
                    .toResponse();
        }
    }

    /**
     * What JSON-B still refuses after {@link JsonBodyCheck} (it reports it as JsonbException, and Jersey may wrap that
     * in a ProcessingException): the caller's mistake, 400, with the property JSON-B names. Anything else of that
     * kind (writing a response, say) is ours: 500 with an incident id.
     */
    @Provider
    public static class UnreadableBodies implements ExceptionMapper<RuntimeException> {
        private static final Pattern PROPERTY = Pattern.compile("property '([^']+)'");

        @Context
        UriInfo uri;

        @Override
        public Response toResponse(RuntimeException exception) {
            if (!fromReadingTheBody(exception)) {
                return UnexpectedErrors.incident(exception, uri);
            }
            List<String> names = new java.util.ArrayList<>();
            for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
                Matcher matcher = PROPERTY.matcher(String.valueOf(cause.getMessage()));
                while (matcher.find()) {
                    names.add(matcher.group(1));
                }
            }
            String field = names.isEmpty()
                    ? "body"
                    : String.join(".", names.stream().distinct().toList());
            return new Problem(
                            "about:blank",
                            "Bad Request",
                            400,
                            "The request body cannot be read.",
                            path(uri),
                            List.of(new Problem.FieldError(field, "has a value of the wrong type or format")))
                    .toResponse();
        }

        private static boolean fromReadingTheBody(Throwable exception) {
            for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
                if (cause instanceof jakarta.json.bind.JsonbException
                        || cause instanceof jakarta.json.JsonException
                        || cause instanceof java.time.format.DateTimeParseException) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Anything unexpected: logged with an incident id that the caller gets, so support can find it. */
    @Provider
    public static class UnexpectedErrors implements ExceptionMapper<Throwable> {
        private static final Logger LOG = Logger.getLogger(UnexpectedErrors.class.getName());

        @Context
        UriInfo uri;

        @Override
        public Response toResponse(Throwable exception) {
            return incident(exception, uri);
        }

        static Response incident(Throwable exception, UriInfo uri) {
            String incident = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "API incident " + incident, exception);
            return Problem.of(
                            Response.Status.INTERNAL_SERVER_ERROR,
                            "Something went wrong on our side. Incident " + incident + ".",
                            path(uri))
                    .toResponse();
        }
    }

    /** 401 with the challenge: the caller is not signed in, so "forbidden" would be the wrong answer. */
    private static Response signIn(UriInfo uri) {
        return Response.fromResponse(Problem.of(
                                Response.Status.UNAUTHORIZED,
                                "Sign in: send HTTP Basic credentials or a session cookie.",
                                path(uri))
                        .toResponse())
                .header("WWW-Authenticate", "Basic realm=\"VidSynt\", charset=\"UTF-8\"")
                .build();
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getPath();
    }
}
