package no.vidsynt.core.scheduling.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import no.vidsynt.core.people.entity.Role;
import no.vidsynt.core.scheduling.control.SessionListing;
import no.vidsynt.core.scheduling.control.SessionSummary;
import no.vidsynt.core.security.boundary.CurrentPerson;

/** /sessions/trainer.xhtml: a trainer's own sessions (an administrator's: all), with links to rosters. */
@Named
@RequestScoped
public class TrainerSessionsPage {

    @Inject
    SessionListing listing;

    @Inject
    CurrentPerson currentPerson;

    private List<SessionSummary> sessions;

    @PostConstruct
    void load() {
        var me = currentPerson.get().orElseThrow();
        sessions = listing.teaching(me, me.getRoles().contains(Role.ADMIN), PageMessages.locale());
    }

    public List<SessionSummary> getSessions() {
        return sessions;
    }
}
