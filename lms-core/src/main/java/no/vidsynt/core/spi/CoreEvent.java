package no.vidsynt.core.spi;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a CDI event the core promises to course modules: they may observe it (see {@link CourseModule#observers()}),
 * and its shape changes only with notice. The events so marked are:
 * <ul>
 * <li>{@code progress.control.UnitCompleted}: a person completed or passed a unit;</li>
 * <li>{@code progress.control.CourseCompleted}: a person met a course's completion rules;</li>
 * <li>{@code scheduling.control.SessionAttended}: a trainer marked a person attended in a session (its unit, if it is linked to one);</li>
 * <li>{@code organisation.control.MembershipChanged}: a person joined or left an organisational unit.</li>
 * </ul>
 * Every one is fired inside the transaction that made the change, so an observer's writes commit or roll back with it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface CoreEvent {}
