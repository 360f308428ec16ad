package no.vidsynt.veiledning.cohort.boundary;

import java.time.Instant;
import java.util.Map;
import no.vidsynt.veiledning.cohort.entity.Candidacy;

/** How the API shows a candidacy, and what it takes in. */
public final class CandidacyJson {

    private CandidacyJson() {}

    /** A candidacy; {@code nomination} is true when a leader proposed the person. */
    public record View(
            long id,
            long personId,
            String personName,
            Long orgUnitId,
            String status,
            boolean nomination,
            String motivation,
            Long cohortId,
            String cohortName,
            String reason,
            Instant createdAt,
            Instant changedAt) {

        static View of(Candidacy candidacy, Map<Long, String> names, Map<Long, String> cohortNames) {
            return new View(
                    candidacy.getId(),
                    candidacy.getPersonId(),
                    names.getOrDefault(candidacy.getPersonId(), ""),
                    candidacy.getOrgUnitId(),
                    candidacy.getStatus().name(),
                    candidacy.isNomination(),
                    candidacy.getMotivation(),
                    candidacy.getCohortId(),
                    candidacy.getCohortId() == null ? null : cohortNames.get(candidacy.getCohortId()),
                    candidacy.getReason(),
                    candidacy.getCreatedAt(),
                    candidacy.getChangedAt());
        }
    }

    /** A nomination (a leader names the person) or an application (no person, or oneself). */
    public static class Proposal {
        public Long personId;
        public String motivation;
    }

    /** The cohort to admit into or wait for. */
    public static class CohortChoice {
        public Long cohortId;
    }

    /** Why: required for a rejection, optional for a withdrawal. */
    public static class Reason {
        public String reason;
    }
}
