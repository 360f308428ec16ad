package no.vidsynt.core.programme.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import no.vidsynt.core.platform.web.LanguageChoice;
import no.vidsynt.core.programme.control.CourseModules;
import no.vidsynt.core.programme.control.Programme;

/** Backs the start page and the header menu: the programmes in the visitor's language. */
@Named
@RequestScoped
public class StartPage {

    @Inject
    CourseModules modules;

    @Inject
    LanguageChoice language;

    private List<Programme> programmes;

    public List<Programme> getProgrammes() {
        if (programmes == null) {
            programmes = modules.all().stream()
                    .map(module -> Programme.of(module, language.getLocale()))
                    .toList();
        }
        return programmes;
    }
}
