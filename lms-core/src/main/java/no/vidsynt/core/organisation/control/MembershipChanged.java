package no.vidsynt.core.organisation.control;

import no.vidsynt.core.spi.CoreEvent;

/**
 * CDI event: a person joined or left an organisational unit. Fired inside the transaction that made the change;
 * enrolment observes it so that people who join a unit are enrolled in the courses the unit is enrolled in.
 */
@CoreEvent
public record MembershipChanged(long personId, long unitId, boolean joined) {}
