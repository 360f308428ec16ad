package no.vidsynt.content.delivery.control;

/**
 * A learner completed a content unit: the package reported completion through its launch (or the video was watched
 * to the end). Fired after the completion is recorded; the progress feature turns it into unit progress.
 *
 * @param personId who completed it
 * @param unitId the {@code course_unit} id
 */
public record ContentCompleted(long personId, long unitId) {}
