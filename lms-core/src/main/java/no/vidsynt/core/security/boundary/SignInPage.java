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
                Texts.message(null, FacesMessage.SEVERITY_ERROR, "signIn.failed");
                password = null;
            }
            default -> {
                people.byUsername(username.trim()).ifPresent(person -> language.use(person.getPreferredLanguage()));
                external.redirect(external.getRequestContextPath() + "/");
            }
        }
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
