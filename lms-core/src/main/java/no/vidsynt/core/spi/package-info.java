/**
 * The course-module contract: what a programme plug-in implements ({@link no.vidsynt.core.spi.CourseModule} and the
 * typed parts it names) so that the core can offer it without knowing it by name.
 */
package no.vidsynt.core.spi;
