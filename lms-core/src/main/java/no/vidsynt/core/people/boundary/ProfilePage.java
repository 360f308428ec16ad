package no.vidsynt.core.people.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import no.vidsynt.core.organisation.control.OrgUnits;
import no.vidsynt.core.organisation.control.Organisation;
import no.vidsynt.core.organisation.control.UnitTree;
import no.vidsynt.core.people.control.OwnProfile;
import no.vidsynt.core.people.control.Refused;
import no.vidsynt.core.people.entity.Person;
import no.vidsynt.core.platform.web.LanguageChoice;

/**
 * Backs /profile.xhtml: one's own name, e-mail and language (a new language applies at once), units and roles to
 * read, and a password change.
 */
@Named
@ViewScoped
public class ProfilePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OwnProfile ownProfile;

    @Inject
    OrgUnits orgUnits;

    @Inject
    LanguageChoice languageChoice;

    @Inject
    Organisation organisation;

    private PersonView me;
    private List<String> followedUnits;

    @NotBlank
    @Size(max = 200)
    private String displayName;

    @NotBlank
    @Email
    @Size(max = 254)
    private String email;

    private String preferredLanguage;
    private String currentPassword;
    private String newPassword;
    private String newPasswordAgain;

    @PostConstruct
    void load() {
        Person person = ownProfile.mine();
        var tree = orgUnits.tree();
        me = PersonView.of(person, tree);
        var led = organisation.unitIdsLedBy(person.getId());
        followedUnits = tree.ordered().stream()
                .filter(placed -> led.contains(placed.unit().id()))
                .map(UnitTree.Placed::path)
                .toList();
        displayName = person.getDisplayName();
        email = person.getEmail();
        preferredLanguage = person.getPreferredLanguage();
    }

    public void save() throws IOException {
        try {
            Person person = ownProfile.update(displayName, email, preferredLanguage);
            languageChoice.use(person.getPreferredLanguage());
            FacesContext.getCurrentInstance().getViewRoot().setLocale(languageChoice.getLocale());
            PageMessages.info("profile.saved");
            PageMessages.keepForRedirect();
            var external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/profile.xhtml");
        } catch (Refused refused) {
            PageMessages.refused("refused.emailTaken".equals(refused.key()) ? "profile:email" : null, refused);
        }
    }

    public void changePassword() throws IOException {
        if (newPassword == null || !newPassword.equals(newPasswordAgain)) {
            PageMessages.error("password:newPasswordAgain", "profile.passwordsDiffer");
            return;
        }
        try {
            ownProfile.changePassword(currentPassword, newPassword);
            PageMessages.info("profile.passwordChanged");
            PageMessages.keepForRedirect();
            var external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/profile.xhtml");
        } catch (Refused refused) {
            String field = "refused.wrongCurrentPassword".equals(refused.key())
                    ? "password:currentPassword"
                    : "password:newPassword";
            PageMessages.refused(field, refused);
        } finally {
            currentPassword = null;
            newPassword = null;
            newPasswordAgain = null;
        }
    }

    public PersonView getMe() {
        return me;
    }
    /** The units a leader follows: those they lead and the units below them. */
    public List<String> getFollowedUnits() {
        return followedUnits;
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

    public String getPreferredLanguage() {
        return preferredLanguage;
    }

    public void setPreferredLanguage(String preferredLanguage) {
        this.preferredLanguage = preferredLanguage;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getNewPasswordAgain() {
        return newPasswordAgain;
    }

    public void setNewPasswordAgain(String newPasswordAgain) {
        this.newPasswordAgain = newPasswordAgain;
    }
}
