package no.vidsynt.core.platform;

/**
 * CDI event: an administrative change to record in the audit log, fired inside the transaction that makes it (the
 * audit feature writes the entry in that transaction). Features below the audit feature (people, organisation) fire
 * this instead of calling it, so that the audit feature, which reads people to show who did what, can sit above them.
 *
 * @param action what happened, a stable verb phrase such as "person.created"
 * @param targetType the kind of object ("person", "org_unit")
 * @param targetId the object's id
 * @param details a short human-readable description (no secrets)
 */
public record Audited(String action, String targetType, Object targetId, String details) {}
