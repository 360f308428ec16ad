package no.vidsynt.core.catalogue.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import no.vidsynt.core.catalogue.control.Editor;
import no.vidsynt.core.security.boundary.CurrentPerson;

/** The signed-in person as an {@link Editor} of the catalogue, for pages and API calls. */
@RequestScoped
public class CurrentEditor {

    @Inject
    CurrentPerson person;

    public Editor get() {
        return Editor.of(person.require());
    }
}
