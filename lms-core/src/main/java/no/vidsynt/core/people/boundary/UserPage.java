package no.vidsynt.core.people.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import no.vidsynt.core.organisation.control.OrgUnits;
import no.vidsynt.core.organisation.control.UnitTree;
import no.vidsynt.core.people.control.PeopleAdministration;
import no.vidsynt.core.people.control.PersonDetails;
import no.vidsynt.core.people.control.Refused;
import no.vidsynt.core.people.entity.Person;
import no.vidsynt.core.people.entity.Role;

/**
 * Backs /admin/user.xhtml: one person for administrators (?id=...), or a new one without an id. Edit details,
 * roles and units; deactivate or reactivate; set a password.
 */
@Named
@ViewScoped
public class UserPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PeopleAdministration administration;

    @Inject
    OrgUnits orgUnits;

    private Long id;
    private PersonView person;
    private List<UnitTree.Placed> allUnits;

    @NotBlank
    @Size(max = 100)
    @Pattern(regexp = "[\\p{L}\\p{N}._@-]+")
    private String username;

    @NotBlank
    @Size(max = 200)
    private String displayName;

    @NotBlank
    @Email
    @Size(max = 254)
    private String email;

    private String preferredLanguage = "nb";
    private List<String> roles = new ArrayList<>(List.of(Role.LEARNER.name()));
    private List<Long> unitIds = new ArrayList<>();
    private String newPassword;

    private boolean missing;

    /** Reads the person named by the id parameter once per view; without one the page creates a new person. */
    @PostConstruct
    void load() {
        allUnits = orgUnits.tree().ordered();
        String parameter = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get("id");
        if (parameter == null || parameter.isBlank()) {
            return;
        }
        try {
            id = Long.valueOf(parameter.trim());
            show(administration.get(id));
        } catch (NumberFormatException | Refused notFound) {
            missing = true;
        }
    }

    public boolean isMissing() {
        return missing;
    }

    private void show(Person found) {
        person = PersonView.of(found, orgUnits.tree());
        username = found.getUsername();
        displayName = found.getDisplayName();
        email = found.getEmail();
        preferredLanguage = found.getPreferredLanguage();
        roles = new ArrayList<>(found.getRoles().stream().map(Role::name).toList());
        unitIds = new ArrayList<>(
                person.units().stream().map(PersonView.UnitRef::id).toList());
    }

    public String save() {
        var details =
                new PersonDetails(username, displayName, email, preferredLanguage, roleSet(), new HashSet<>(unitIds));
        try {
            Person saved = id == null ? administration.create(details) : administration.update(id, details);
            PageMessages.info(id == null ? "user.created" : "user.saved", saved.getDisplayName());
            PageMessages.keepForRedirect();
            return "/admin/user?faces-redirect=true&id=" + saved.getId();
        } catch (Refused refused) {
            PageMessages.refused(fieldOf(refused), refused);
            return null;
        }
    }

    private EnumSet<Role> roleSet() {
        EnumSet<Role> set = EnumSet.noneOf(Role.class);
        roles.forEach(name -> set.add(Role.valueOf(name)));
        return set;
    }

    public String deactivate() {
        return change(() -> administration.deactivate(id), "user.deactivated");
    }

    public String reactivate() {
        return change(() -> administration.reactivate(id), "user.reactivated");
    }

    public String setPassword() {
        try {
            administration.setPassword(id, newPassword);
            newPassword = null;
            PageMessages.info("user.passwordSet");
            PageMessages.keepForRedirect();
            return "/admin/user?faces-redirect=true&id=" + id;
        } catch (Refused refused) {
            PageMessages.refused("password:newPassword", refused);
            return null;
        }
    }

    private String change(java.util.function.Supplier<Person> action, String doneKey) {
        try {
            Person changed = action.get();
            PageMessages.info(doneKey, changed.getDisplayName());
            PageMessages.keepForRedirect();
            return "/admin/user?faces-redirect=true&id=" + id;
        } catch (Refused refused) {
            PageMessages.refused(null, refused);
            return null;
        }
    }

    private static String fieldOf(Refused refused) {
        return switch (refused.key()) {
            case "refused.usernameTaken" -> "person:username";
            case "refused.emailTaken" -> "person:email";
            default -> null;
        };
    }

    public boolean isCreating() {
        return id == null;
    }

    public PersonView getPerson() {
        return person;
    }

    public List<UnitTree.Placed> getAllUnits() {
        return allUnits;
    }

    public Role[] getAllRoles() {
        return Role.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
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

    public String getPreferredLanguage() {
        return preferredLanguage;
    }

    public void setPreferredLanguage(String preferredLanguage) {
        this.preferredLanguage = preferredLanguage;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles == null ? new ArrayList<>() : roles;
    }

    public List<Long> getUnitIds() {
        return unitIds;
    }

    public void setUnitIds(List<Long> unitIds) {
        this.unitIds = unitIds == null ? new ArrayList<>() : unitIds;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }
}
