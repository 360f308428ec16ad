package no.vidsynt.core.platform.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** VidSynt's REST API, versioned in its paths ({@code /api/v1/...}); described at {@code /openapi}. */
@ApplicationPath("api")
@OpenAPIDefinition(
        info =
                @Info(
                        title = "VidSynt API",
                        version = "1",
                        description =
                                "Programmes, people, courses, enrolment and progress of the VidSynt competence programme. "
                                        + "Errors are RFC 7807 problem documents (application/problem+json)."))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class RestApplication extends Application {

    /** Makes Jersey enforce {@code @RolesAllowed} on resources. */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of(
                "jersey.config.server.provider.classnames",
                "org.glassfish.jersey.server.filter.RolesAllowedDynamicFeature");
    }
}
