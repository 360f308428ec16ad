package no.vidsynt.core.selfstudy;

import java.time.Instant;

/** CDI event: a learner completed a reading page or submitted a reflection. */
public record SelfStudyCompleted(long personId, long unitId, String unitType, Instant at) {}
