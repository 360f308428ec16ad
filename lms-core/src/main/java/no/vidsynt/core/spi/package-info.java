/**
 * The course-module contract: what a programme plug-in ({@code course-veiledning}, {@code course-medarbeider}, ...)
 * implements so that the core can offer it without knowing it by name.
 */
package no.vidsynt.core.spi;
