package no.vidsynt.core.selfstudy;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import no.vidsynt.core.people.entity.Person;
import no.vidsynt.core.security.boundary.CurrentPerson;

/** The signed-in person behind a self-study API call or page; 401 when nobody is signed in. */
@RequestScoped
public class Caller {

    @Inject
    CurrentPerson currentPerson;

    public Person person() {
        return currentPerson.require();
    }
}
