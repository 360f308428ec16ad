package no.vidsynt.core.spi;

/**
 * What a module adds to the demo (a CDI bean named in {@link CourseModule#demoData()}, or, for a module that is not a
 * programme, any CDI bean implementing this). The core seeds its cast (region sør, two departments, one person for
 * each role and Lise's colleagues) into an empty database in demo mode, then calls every contribution in one
 * transaction, step by step, and within a step in the modules' display order (course modules before other modules).
 */
public interface DemoContribution {

    /** The steps of the demo, in the order they run. */
    enum Step {
        /** Programmes create and publish their demo courses and register them ({@link DemoSeeding#addCourse}). */
        COURSES,
        /** Sections added to the courses that exist: self-study, content. */
        COURSE_CONTENT,
        /** Enrolments and progress of the demo people. */
        LEARNING,
        /** Training sessions. */
        SESSIONS
    }

    Step step();

    void seed(DemoSeeding demo);
}
