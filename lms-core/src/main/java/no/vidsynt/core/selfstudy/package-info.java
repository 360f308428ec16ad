/**
 * Self-study unit types: reading pages ({@code page}), reflections written into the learner's private journal
 * ({@code reflection}) and self-assessments ({@code quiz}). Each type keeps its data in its own tables keyed by the
 * {@code course_unit} id, has a learner fragment that needs only the unit id, and reports completion through
 * {@link no.vidsynt.core.selfstudy.SelfStudyCompletion} (CDI events the progress feature observes).
 */
package no.vidsynt.core.selfstudy;
