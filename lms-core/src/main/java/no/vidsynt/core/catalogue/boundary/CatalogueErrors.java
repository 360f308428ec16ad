package no.vidsynt.core.catalogue.boundary;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import no.vidsynt.core.catalogue.control.CourseNotFound;
import no.vidsynt.core.catalogue.control.EditConflict;
import no.vidsynt.core.catalogue.control.InvalidChange;
import no.vidsynt.core.catalogue.control.Violation;
import no.vidsynt.core.platform.rest.Problem;

/** The catalogue's refusals as problem documents: 400 with field errors, 404, and 409 for concurrent edits. */
public final class CatalogueErrors {

    static final String BUNDLE = "no.vidsynt.core.i18n.catalogue";

    private CatalogueErrors() {}

    /** A violation in a language. */
    static String text(Violation violation, Locale locale) {
        String pattern = ResourceBundle.getBundle(BUNDLE, locale, CatalogueErrors.class.getClassLoader())
                .getString(violation.key());
        return new MessageFormat(pattern, locale).format(violation.arguments().toArray());
    }

    @Provider
    public static class Invalid implements ExceptionMapper<InvalidChange> {
        @Context
        UriInfo uri;

        @Override
        public Response toResponse(InvalidChange exception) {
            var errors = exception.violations().stream()
                    .map(violation -> new Problem.FieldError(violation.field(), text(violation, Locale.ROOT)))
                    .toList();
            return new Problem("about:blank", "Bad Request", 400, "The request has invalid fields.", path(uri), errors)
                    .toResponse();
        }
    }

    @Provider
    public static class NotFound implements ExceptionMapper<CourseNotFound> {
        @Context
        UriInfo uri;

        @Override
        public Response toResponse(CourseNotFound exception) {
            return Problem.of(Response.Status.NOT_FOUND, exception.getMessage(), path(uri))
                    .toResponse();
        }
    }

    @Provider
    public static class Conflict implements ExceptionMapper<EditConflict> {
        @Context
        UriInfo uri;

        @Override
        public Response toResponse(EditConflict exception) {
            return Problem.of(Response.Status.CONFLICT, exception.getMessage(), path(uri))
                    .toResponse();
        }
    }

    /** Two changes that passed the version check at the same moment: the database let only one through. */
    @Provider
    public static class LostRace implements ExceptionMapper<OptimisticLockException> {
        @Context
        UriInfo uri;

        @Override
        public Response toResponse(OptimisticLockException exception) {
            return Problem.of(
                            Response.Status.CONFLICT,
                            "The course was changed by someone else at the same time. Read it again and repeat your change.",
                            path(uri))
                    .toResponse();
        }
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getPath();
    }
}
