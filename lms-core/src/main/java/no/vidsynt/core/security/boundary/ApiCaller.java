package no.vidsynt.core.security.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import no.vidsynt.core.people.entity.Person;
import no.vidsynt.core.platform.web.LanguageChoice;

/** The person calling the learning API, and the language they read. */
@RequestScoped
public class ApiCaller {

    @Inject
    CurrentPerson currentPerson;

    @Inject
    HttpServletRequest request;

    public Person person() {
        return currentPerson.require();
    }

    /** The language to answer the caller in ({@link LanguageChoice#of}: bokmål by default). */
    public Locale locale() {
        return LanguageChoice.of(request);
    }
}
