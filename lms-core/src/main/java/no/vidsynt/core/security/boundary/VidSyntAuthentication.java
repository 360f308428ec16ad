package no.vidsynt.core.security.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import no.vidsynt.core.platform.rest.Problem;
import no.vidsynt.core.security.control.SignInService;

/**
 * How callers prove who they are. People in a browser use the sign-in page (a custom form: the page hands the
 * credential over through {@code SecurityContext.authenticate}); API clients send HTTP Basic credentials with each
 * request. Both end in the same identity store, so the delay after repeated failures holds for both.
 *
 * <p>A browser session is VidSynt's own record ({@link SignedInCaller}: username and groups in the HTTP session),
 * handed to the container on every request. Jakarta Security's {@code @AutoApplySession} is deliberately not used:
 * under concurrent requests Payara sometimes restored its caller without the groups (payara/Payara#6145), and people
 * were refused their own pages with 403 at random. {@code @LoginToContinue} is not used either (without the
 * auto-applied session it would send signed-in people to the sign-in page); a visitor who asks for a protected page
 * is redirected to the sign-in page here, with the page to return to.
 */
@ApplicationScoped
public class VidSyntAuthentication implements HttpAuthenticationMechanism {

    private static final String BASIC = "Basic ";
    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    SignInService signInService;

    @Inject
    KnownDevices knownDevices;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            return signIn(credential, request, response, context);
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            return basic(authorization.substring(BASIC.length()).trim(), request, response, context);
        }
        var caller = SignedInCaller.of(request);
        if (caller.isPresent()) {
            return context.notifyContainerAboutLogin(
                    caller.get().username(), caller.get().groups());
        }
        if (context.isProtected() && !isApi(request)) {
            return context.redirect(SignInAddress.of(request));
        }
        return context.doNothing();
    }

    /**
     * API calls are never sent to the sign-in page: each resource answers 401 as a problem document itself, and some
     * are meant for callers without a session (the calendar feed's secret address). Payara has been seen to report
     * such paths as protected (a feed ending in .ics), which sent calendar apps to a login form.
     */
    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    /** The sign-in form's credential: on success a new browser session for this person (see SignedInCaller). */
    private AuthenticationStatus signIn(
            Credential credential,
            HttpServletRequest request,
            HttpServletResponse response,
            HttpMessageContext context) {
        if (!(credential instanceof UsernamePasswordCredential typed)) {
            return context.responseUnauthorized();
        }
        var attempt =
                new SignInService.Attempt(request.getRemoteAddr(), knownDevices.isKnown(request, typed.getCaller()));
        var signedIn = signInService.signIn(typed.getCaller(), typed.getPasswordAsString(), attempt);
        if (signedIn.isEmpty()) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        SignedInCaller caller =
                new SignedInCaller(signedIn.get().username(), signedIn.get().groups());
        caller.startSession(request);
        knownDevices.remember(request, response, caller.username());
        return context.notifyContainerAboutLogin(caller.username(), caller.groups());
    }

    private AuthenticationStatus basic(
            String encoded, HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        UsernamePasswordCredential credential = decode(encoded);
        var attempt = new SignInService.Attempt(request.getRemoteAddr(), false);
        var caller = credential == null
                ? signInService.signIn(null, null, attempt)
                : signInService.signIn(credential.getCaller(), credential.getPasswordAsString(), attempt);
        if (caller.isPresent()) {
            return context.notifyContainerAboutLogin(
                    caller.get().username(), caller.get().groups());
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
            response.getWriter()
                    .write(JSON.toJson(new Problem(
                            "about:blank",
                            "Unauthorized",
                            401,
                            "The username or password is wrong, or the account is paused after several failed attempts.",
                            request.getRequestURI(),
                            null)));
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
            return colon < 1
                    ? null
                    : new UsernamePasswordCredential(pair.substring(0, colon), pair.substring(colon + 1));
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }
}
