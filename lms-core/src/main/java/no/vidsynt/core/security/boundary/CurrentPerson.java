package no.vidsynt.core.security.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;
import no.vidsynt.core.people.control.People;
import no.vidsynt.core.people.entity.Person;

/** The signed-in person for this request, looked up once; empty for visitors. */
@Named
@RequestScoped
public class CurrentPerson {

    @Inject
    SecurityContext security;

    @Inject
    People people;

    private Optional<Person> person;

    public Optional<Person> get() {
        if (person == null) {
            Principal principal = callerPrincipal();
            person = principal == null ? Optional.empty() : people.byUsername(principal.getName());
        }
        return person;
    }

    /** The caller, or null where there is none to ask about (start-up singletons refuse the question). */
    private Principal callerPrincipal() {
        try {
            return security.getCallerPrincipal();
        } catch (IllegalStateException noCallerHere) {
            return null;
        }
    }

    /** The signed-in person, or 401 (with a Basic challenge) for an API call without one. */
    public Person require() {
        return get().orElseThrow(
                        () -> new jakarta.ws.rs.NotAuthorizedException("Sign in first.", "Basic realm=\"VidSynt\""));
    }

    public String getDisplayName() {
        return get().map(Person::getDisplayName).orElse("");
    }

    public boolean isSignedIn() {
        return get().isPresent();
    }
}
