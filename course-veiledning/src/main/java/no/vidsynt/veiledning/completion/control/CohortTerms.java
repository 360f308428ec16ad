package no.vidsynt.veiledning.completion.control;

import java.time.LocalDate;

/**
 * A cohort (kull) as the programme sees it: the core cohort (course, name, start) with the programme's plan for it (its
 * trainer, end date, hours, and what completing it takes: N practice rounds, M logbook entries).
 */
public record CohortTerms(
        long cohortId,
        long courseId,
        String name,
        LocalDate startDate,
        LocalDate endDate,
        long trainerId,
        int requiredSessions,
        int requiredLogbookEntries,
        int hours) {}
