package no.vidsynt.veiledning;

import no.vidsynt.core.spi.CourseModule;
import no.vidsynt.core.spi.CourseModuleContract;

/** The Veiledning module keeps the course-module contract. */
class VeiledningModuleTest extends CourseModuleContract {

    @Override
    protected CourseModule module() {
        return new VeiledningModule();
    }
}
