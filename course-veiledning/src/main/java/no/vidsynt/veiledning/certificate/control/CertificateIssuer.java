package no.vidsynt.veiledning.certificate.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import no.vidsynt.core.catalogue.control.CourseCatalogue;
import no.vidsynt.core.progress.control.CourseCompleted;
import no.vidsynt.veiledning.VeiledningModule;

/**
 * Issues the certificate when a trainee completes a course of the programme (the core's {@link CourseCompleted}, fired
 * inside the transaction that recorded the completion, so the certificate and its mail commit with it).
 */
@ApplicationScoped
public class CertificateIssuer {

    @Inject
    CourseCatalogue catalogue;

    @Inject
    Certificates certificates;

    void completed(@Observes CourseCompleted completed) {
        if (catalogue
                .programmeOf(completed.courseId())
                .filter(VeiledningModule.KEY::equals)
                .isPresent()) {
            certificates.issue(completed.personId(), completed.courseId());
        }
    }
}
