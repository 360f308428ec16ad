package no.vidsynt.core.platform.rest;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * An RFC 7807 problem document. Only what the caller can act on goes in: never a class name or a stack trace.
 *
 * @param type a URI naming the kind of problem ({@code about:blank} when the status says it all)
 * @param title a short summary of the kind of problem
 * @param status the HTTP status
 * @param detail what went wrong with this request, in plain words
 * @param instance the request path
 * @param errors one entry per invalid field, when input was invalid
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "errors"})
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType PROBLEM_JSON = MediaType.valueOf(MEDIA_TYPE);

    /** One invalid input field and why. */
    public record FieldError(String field, String message) {}

    public static Problem of(Response.StatusType status, String detail, String instance) {
        return new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), detail, instance, null);
    }

    public Response toResponse() {
        return Response.status(status).type(PROBLEM_JSON).entity(this).build();
    }
}
