package no.vidsynt.core.people.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import no.vidsynt.core.people.entity.Role;

/**
 * The object-level rule of the people feature, checked in the services whatever the entry (page or API): only
 * administrators read other people's records or change anything. Anyone else is told the record does not exist (404),
 * so that the API does not reveal which ids are taken.
 */
@ApplicationScoped
public class AdminCheck {

    @Inject
    SecurityContext security;

    public void requireAdmin() {
        if (!isAdmin()) {
            throw Refused.notFound();
        }
    }

    public boolean isAdmin() {
        return security.isCallerInRole(Role.ADMIN_ROLE);
    }

    /** The signed-in caller's username, or null. */
    public String callerName() {
        Principal caller = security.getCallerPrincipal();
        return caller == null ? null : caller.getName();
    }
}
