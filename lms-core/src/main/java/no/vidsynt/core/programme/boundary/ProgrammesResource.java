package no.vidsynt.core.programme.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import no.vidsynt.core.platform.web.Languages;
import no.vidsynt.core.programme.control.CourseModules;
import no.vidsynt.core.programme.control.Programme;
import no.vidsynt.core.security.boundary.ApiCaller;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The programmes offered by the deployed course modules. Public: the portal lists them before anyone signs in. */
@Path("v1/programmes")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Programmes")
public class ProgrammesResource {

    @Inject
    CourseModules modules;

    @Inject
    ApiCaller caller;

    @GET
    @Operation(summary = "Lists the programmes, in display order")
    public List<Programme> list(@QueryParam("lang") @Parameter(description = "nb (default) or en") String lang) {
        Locale locale = locale(lang);
        return modules.all().stream()
                .map(module -> Programme.of(module, locale))
                .toList();
    }

    @GET
    @Path("{key}")
    @Operation(summary = "One programme by its key")
    public Programme get(@PathParam("key") String key, @QueryParam("lang") String lang) {
        return modules.byKey(key)
                .map(module -> Programme.of(module, locale(lang)))
                .orElseThrow(() -> new NotFoundException("There is no programme with the key '" + key + "'."));
    }

    private Locale locale(String lang) {
        if (lang != null) {
            return Languages.supportedOrDefault(lang);
        }
        return caller.locale();
    }
}
