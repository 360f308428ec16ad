package no.vidsynt.core.security.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import no.vidsynt.core.people.control.People;
import no.vidsynt.core.platform.web.LanguageChoice;
import no.vidsynt.core.platform.web.Texts;
import no.vidsynt.core.security.control.SignInThrottle;

/** Backs the sign-in page: hands the typed credentials to Jakarta Security and reacts to its verdict. */
@Named
@RequestScoped
public class SignInPage {

    @Inject
    SecurityContext securityContext;

    @Inject
    LanguageChoice language;

    @Inject
    People people;

    @NotBlank
    @Size(max = 100)
    private String username;

    @NotBlank
    @Size(max = 200)
    private String password;

    /** The page to return to (set by the redirect to sign in, or by a link); checked before it is followed. */
    @Size(max = 1000)
    private String returnTo;

    public void signIn() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        AuthenticationStatus status = securityContext.authenticate(
                (HttpServletRequest) external.getRequest(),
                (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username.trim(), password)));
        switch (status) {
            case SEND_CONTINUE -> faces.responseComplete();
            case SEND_FAILURE -> {
                boolean waiting = failedInThisBrowser(external, username.trim()) >= SignInThrottle.FREE_ATTEMPTS;
                Texts.message(null, FacesMessage.SEVERITY_ERROR, waiting ? "signIn.waiting" : "signIn.failed");
                password = null;
            }
            default -> {
                people.byUsername(username.trim()).ifPresent(person -> language.use(person.getPreferredLanguage()));
                HttpServletRequest request = (HttpServletRequest) external.getRequest();
                String start = SignInAddress.safeReturn(returnTo)
                        .orElseGet(() -> LandingPage.forGroups(SignedInCaller.of(request)
                                .map(SignedInCaller::groups)
                                .orElse(java.util.Set.of())));
                external.redirect(external.getRequestContextPath() + start);
            }
        }
    }

    /**
     * Counts this browser's failed attempts per username (in its session, whether or not the account exists), so
     * that after as many as an account allows before it waits, the message says to wait instead of "wrong": the
     * right password typed during the wait would otherwise look wrong too. Nothing here reveals an account.
     */
    @SuppressWarnings("unchecked")
    private static int failedInThisBrowser(ExternalContext external, String name) {
        var session = external.getSessionMap();
        var counts = (java.util.concurrent.ConcurrentHashMap<String, Integer>) session.computeIfAbsent(
                SignInPage.class.getName() + ".failures",
                key -> new java.util.concurrent.ConcurrentHashMap<String, Integer>());
        return counts.merge(name.toLowerCase(java.util.Locale.ROOT), 1, Integer::sum);
    }

    /** On the first visit the address's {@code returnTo} parameter; the form carries it on from there. */
    public String getReturnTo() {
        if (returnTo == null) {
            returnTo = FacesContext.getCurrentInstance()
                    .getExternalContext()
                    .getRequestParameterMap()
                    .get(SignInAddress.RETURN_PARAMETER);
        }
        return returnTo;
    }

    public void setReturnTo(String returnTo) {
        this.returnTo = returnTo;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
