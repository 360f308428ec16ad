package no.vidsynt.core.setup;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import no.vidsynt.core.platform.web.Texts;

/** Backs the one-time setup page that creates the first administrator of a new installation. */
@Named
@RequestScoped
public class SetupPage {

    @Inject
    FirstAdministrator firstAdministrator;

    @NotBlank
    private String code;

    @NotBlank
    @Size(max = 100)
    private String username;

    @NotBlank
    @Size(max = 200)
    private String displayName;

    @NotBlank
    @Email
    @Size(max = 254)
    private String email;

    @NotBlank
    @Size(min = FirstAdministrator.MIN_PASSWORD_LENGTH, max = 200)
    private String password;

    private String passwordAgain;

    public boolean isOpen() {
        return firstAdministrator.isNeeded();
    }

    public void create() throws IOException {
        if (!firstAdministrator.acceptsCode(code)) {
            Texts.message("setup:code", FacesMessage.SEVERITY_ERROR, "setup.wrongCode");
            return;
        }
        if (!password.equals(passwordAgain)) {
            Texts.message("setup:passwordAgain", FacesMessage.SEVERITY_ERROR, "setup.passwordsDiffer");
            return;
        }
        try {
            firstAdministrator.create(username, displayName, email, password);
        } catch (IllegalStateException alreadyDone) {
            Texts.message(null, FacesMessage.SEVERITY_WARN, "setup.alreadyDone");
            return;
        }
        var external = FacesContext.getCurrentInstance().getExternalContext();
        external.getFlash().setKeepMessages(true);
        Texts.message(null, FacesMessage.SEVERITY_INFO, "setup.done");
        external.redirect(external.getRequestContextPath() + "/login.xhtml");
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getPasswordAgain() {
        return passwordAgain;
    }

    public void setPasswordAgain(String passwordAgain) {
        this.passwordAgain = passwordAgain;
    }
}
