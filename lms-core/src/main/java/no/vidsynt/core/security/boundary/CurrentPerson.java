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
            Principal principal = security.getCallerPrincipal();
            person = principal == null ? Optional.empty() : people.byUsername(principal.getName());
        }
        return person;
    }

    public String getDisplayName() {
        return get().map(Person::getDisplayName).orElse("");
    }

    public boolean isSignedIn() {
        return get().isPresent();
    }
}
