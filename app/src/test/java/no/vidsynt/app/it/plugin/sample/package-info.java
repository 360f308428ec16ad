/**
 * A third programme that exists only in the tests: the course module "sample", packaged by {@code CourseModuleIT} as
 * its own jar (classes from this package, resources from {@code src/test/resources/course-sample/}) and added to the
 * real war, to show that a programme plugs in through the contract alone.
 */
package no.vidsynt.app.it.plugin.sample;
