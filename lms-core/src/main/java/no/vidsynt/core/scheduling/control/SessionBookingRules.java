package no.vidsynt.core.scheduling.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import no.vidsynt.core.programme.control.CourseModules;
import no.vidsynt.core.spi.BookingRules;

/**
 * The booking rules that apply to one session: the core's own (every {@link BookingRules} bean that no course module
 * claims) for every session, then the rules of the module whose programme the session belongs to, only for that
 * programme's sessions.
 */
@ApplicationScoped
public class SessionBookingRules {

    @Inject
    @Any
    Instance<BookingRules> beans;

    @Inject
    CourseModules modules;

    private volatile List<BookingRules> core;

    public List<BookingRules> forProgramme(String programmeKey) {
        List<BookingRules> applicable = new ArrayList<>(coreRules());
        applicable.addAll(modules.bookingRules(programmeKey));
        return applicable;
    }

    private List<BookingRules> coreRules() {
        if (core == null) {
            List<BookingRules> found = new ArrayList<>();
            beans.handlesStream()
                    .filter(handle -> !modules.claims(handle.getBean().getBeanClass()))
                    .forEach(handle -> found.add(handle.get()));
            core = List.copyOf(found);
        }
        return core;
    }
}
