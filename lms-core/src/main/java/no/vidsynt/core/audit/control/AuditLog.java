package no.vidsynt.core.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import java.security.Principal;
import java.time.Instant;
import no.vidsynt.core.audit.entity.AuditEntry;
import no.vidsynt.core.platform.Audited;

/**
 * Records administrative changes (people, units, enrolments, publishing...). Call it from the service method that makes
 * the change: it joins that transaction, so the entry exists exactly when the change does.
 */
@ApplicationScoped
public class AuditLog {

    @PersistenceContext
    EntityManager em;

    @Inject
    SecurityContext security;

    /**
     * @param action what happened, a stable verb phrase such as "person.created"
     * @param targetType the kind of object ("person", "org_unit", "course")
     * @param targetId the object's id
     * @param details a short human-readable description (no secrets, no reflection content)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String action, String targetType, Object targetId, String details) {
        em.persist(new AuditEntry(
                Instant.now(), actor(), action, targetType, targetId == null ? null : targetId.toString(), details));
    }

    /** A change a lower feature announced ({@link Audited}): recorded in the announcing transaction. */
    void audited(@Observes Audited change) {
        em.persist(new AuditEntry(
                Instant.now(),
                actor(),
                change.action(),
                change.targetType(),
                change.targetId() == null ? null : change.targetId().toString(),
                change.details()));
    }

    private String actor() {
        try {
            Principal caller = security.getCallerPrincipal();
            return caller == null ? "system" : caller.getName();
        } catch (IllegalStateException startUp) {
            // Start-up code (a singleton's @PostConstruct, e.g. demo seeding) has no caller to ask about.
            return "system";
        }
    }
}
