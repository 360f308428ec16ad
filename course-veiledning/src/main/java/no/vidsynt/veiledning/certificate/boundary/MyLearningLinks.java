package no.vidsynt.veiledning.certificate.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import no.vidsynt.core.catalogue.control.CourseCatalogue;
import no.vidsynt.core.learning.control.CourseLinks;
import no.vidsynt.veiledning.VeiledningModule;
import no.vidsynt.veiledning.certificate.control.Certificates;
import no.vidsynt.veiledning.certificate.entity.Certificate;
import no.vidsynt.veiledning.completion.control.ProgrammeCohorts;
import no.vidsynt.veiledning.completion.control.VeiledningTexts;

/**
 * The programme's links on "Min læring": while a trainee's course goes on, their logbook and checklist; once it is
 * completed, their certificate (the page, and the PDF straight away while it is valid).
 */
@ApplicationScoped
public class MyLearningLinks implements CourseLinks {

    @Inject
    CourseCatalogue catalogue;

    @Inject
    ProgrammeCohorts cohorts;

    @Inject
    Certificates certificates;

    @Override
    public List<Link> links(long personId, long courseId, boolean completed, Locale locale) {
        if (catalogue.programmeOf(courseId).filter(VeiledningModule.KEY::equals).isEmpty()) {
            return List.of();
        }
        List<Link> links = new ArrayList<>();
        if (!completed) {
            if (cohorts.ofTrainee(personId, courseId).isPresent()) {
                links.add(new Link(
                        "logbook-" + courseId,
                        VeiledningTexts.get(locale, "myLearning.logbook"),
                        "/veiledning/logbook.xhtml"));
            }
            return links;
        }
        for (Certificate certificate : certificates.mine(personId)) {
            boolean ofCourse = cohorts.terms(certificate.getCohortId())
                    .filter(terms -> terms.courseId() == courseId)
                    .isPresent();
            if (ofCourse && !certificate.isRevoked()) {
                links.add(new Link(
                        "certificate-" + certificate.getId(),
                        VeiledningTexts.get(locale, "certificate.download"),
                        "/api/v1/veiledning/certificates/" + certificate.getId() + "/certificate.pdf?lang="
                                + locale.getLanguage()));
            }
        }
        links.add(new Link(
                "certificatePage-" + courseId,
                VeiledningTexts.get(locale, "certificate.myTitle"),
                "/veiledning/certificate.xhtml"));
        return links;
    }
}
