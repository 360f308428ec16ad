package no.vidsynt.core.progress.control;

import java.time.Instant;

/**
 * Announced, synchronously and inside the transaction, before any of a person's progress rows in a course is written:
 * the enrolment feature records the start and takes the enrolment's row lock first, so every path locks the enrolment
 * before the progress rows (one lock order, no deadlocks).
 */
public record LearnerStarted(long personId, long courseId, Instant at) {}
