package no.vidsynt.core.security.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import no.vidsynt.core.platform.rest.Problem;
import java.util.Base64;

/**
 * How callers prove who they are. People in a browser use the sign-in page (a custom form: the page hands the
 * credential over through {@code SecurityContext.authenticate}); API clients send HTTP Basic credentials with each
 * request. Both end in the same identity store, so the delay after repeated failures holds for both.
 */
@ApplicationScoped
@AutoApplySession
@LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false)
public class VidSyntAuthentication implements HttpAuthenticationMechanism {

    private static final String BASIC = "Basic ";
    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            return context.notifyContainerAboutLogin(identityStores.validate(credential));
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            return basic(authorization.substring(BASIC.length()).trim(), request, response, context);
        }
        return context.doNothing();
    }

    private AuthenticationStatus basic(String encoded, HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        UsernamePasswordCredential credential = decode(encoded);
        CredentialValidationResult result = credential == null
                ? CredentialValidationResult.INVALID_RESULT
                : identityStores.validate(credential);
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            return context.notifyContainerAboutLogin(result);
        }
        return refuse(request, response);
    }

    /**
     * Answers 401 with a problem document written here: going through {@code sendError} would render the HTML error
     * page for an API client. Every refusal gets the same bytes, whatever the reason.
     */
    private static AuthenticationStatus refuse(HttpServletRequest request, HttpServletResponse response) {
        try {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("WWW-Authenticate", "Basic realm=\"VidSynt\", charset=\"UTF-8\"");
            response.setContentType(Problem.MEDIA_TYPE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(JSON.toJson(new Problem("about:blank", "Unauthorized", 401,
                    "The username or password is wrong, or the account is paused after several failed attempts.",
                    request.getRequestURI(), null)));
            response.flushBuffer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static UsernamePasswordCredential decode(String encoded) {
        try {
            String pair = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = pair.indexOf(':');
            return colon < 1 ? null : new UsernamePasswordCredential(pair.substring(0, colon), pair.substring(colon + 1));
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }
}
