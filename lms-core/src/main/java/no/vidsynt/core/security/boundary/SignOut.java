package no.vidsynt.core.security.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/** Ends the session completely and returns to the start page, which confirms it. */
@Named
@RequestScoped
public class SignOut {

    public void signOut() throws ServletException, IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        request.logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/?signedOut=true");
    }
}
