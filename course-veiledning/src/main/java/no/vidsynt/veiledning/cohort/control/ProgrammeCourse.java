package no.vidsynt.veiledning.cohort.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import no.vidsynt.core.catalogue.control.CourseCatalogue;
import no.vidsynt.veiledning.VeiledningModule;

/** The programme's course, as the catalogue knows it: the first published course of the programme "veiledning". */
@ApplicationScoped
public class ProgrammeCourse {

    @Inject
    CourseCatalogue catalogue;

    public Optional<CourseCatalogue.Listing> find() {
        return catalogue.published().stream()
                .filter(course -> VeiledningModule.KEY.equals(course.programmeKey()))
                .findFirst();
    }

    /** Whether the course is one of the programme's published courses. */
    public boolean isProgrammeCourse(long courseId) {
        return catalogue
                .published(courseId)
                .filter(course -> VeiledningModule.KEY.equals(course.programmeKey()))
                .isPresent();
    }
}
