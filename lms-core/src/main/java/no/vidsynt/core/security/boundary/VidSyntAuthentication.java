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
import java.nio.charset.StandardCharsets;
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
            return basic(authorization.substring(BASIC.length()).trim(), response, context);
        }
        return context.doNothing();
    }

    private AuthenticationStatus basic(String encoded, HttpServletResponse response, HttpMessageContext context) {
        UsernamePasswordCredential credential = decode(encoded);
        CredentialValidationResult result = credential == null
                ? CredentialValidationResult.INVALID_RESULT
                : identityStores.validate(credential);
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            return context.notifyContainerAboutLogin(result);
        }
        response.setHeader("WWW-Authenticate", "Basic realm=\"VidSynt\", charset=\"UTF-8\"");
        return context.responseUnauthorized();
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
