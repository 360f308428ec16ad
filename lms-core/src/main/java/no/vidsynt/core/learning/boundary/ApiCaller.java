package no.vidsynt.core.learning.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;
import no.vidsynt.core.people.entity.Person;
import no.vidsynt.core.platform.web.Languages;
import no.vidsynt.core.security.boundary.CurrentPerson;

/** The person calling the learning API, and the language they read. */
@RequestScoped
public class ApiCaller {

    @Inject
    CurrentPerson currentPerson;

    public Person person() {
        return currentPerson.require();
    }

    /** The first supported language the caller accepts (bokmål by default). */
    public Locale locale(HttpHeaders requestHeaders) {
        return Languages.firstSupported(requestHeaders == null ? null : requestHeaders.getAcceptableLanguages());
    }
}
