package no.vidsynt.core.people.boundary;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import no.vidsynt.core.people.control.Refused;
import no.vidsynt.core.platform.rest.Problem;

/** A change the people and organisation services refused: a problem document with its status and reason. */
@Provider
public class RefusedMapper implements ExceptionMapper<Refused> {

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(Refused refused) {
        Response.StatusType status = Response.Status.fromStatusCode(refused.status());
        return Problem.of(status, refused.getMessage(), uri == null ? null : uri.getRequestUri().getPath())
                .toResponse();
    }
}
