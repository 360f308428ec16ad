/** The VidSynt Medarbeider programme: a course module, a plug-in of the core through {@link no.vidsynt.core.spi.CourseModule}. */
package no.vidsynt.medarbeider;
