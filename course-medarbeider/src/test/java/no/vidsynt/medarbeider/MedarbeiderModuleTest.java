package no.vidsynt.medarbeider;

import no.vidsynt.core.spi.CourseModule;
import no.vidsynt.core.spi.CourseModuleContract;

/** The Medarbeider module keeps the course-module contract. */
class MedarbeiderModuleTest extends CourseModuleContract {

    @Override
    protected CourseModule module() {
        return new MedarbeiderModule();
    }
}
