package no.vidsynt.core.learning.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import no.vidsynt.core.catalogue.control.CourseCatalogue;
import no.vidsynt.core.enrolment.control.Enrolments;
import no.vidsynt.core.enrolment.entity.Enrolment;
import no.vidsynt.core.learning.control.LearningTexts;
import no.vidsynt.core.platform.Refusal;
import no.vidsynt.core.programme.control.CourseModules;
import no.vidsynt.core.programme.control.Programme;
import no.vidsynt.core.security.boundary.CurrentPerson;

/** Backs the course catalogue: published courses by programme, with "Meld meg på" for open courses. */
@Named
@RequestScoped
public class CataloguePage {

    @Inject
    CourseCatalogue catalogue;

    @Inject
    Enrolments enrolments;

    @Inject
    CurrentPerson currentPerson;

    @Inject
    CourseModules modules;

    /** The courses of one programme. */
    public record ProgrammeCourses(String key, String name, List<CourseCatalogue.Listing> courses) {}

    private List<ProgrammeCourses> programmes;
    private Set<Long> enrolled;

    public List<ProgrammeCourses> getProgrammes() {
        if (programmes == null) {
            Map<String, List<CourseCatalogue.Listing>> byKey = catalogue.published().stream()
                    .collect(Collectors.groupingBy(
                            CourseCatalogue.Listing::programmeKey, LinkedHashMap::new, Collectors.toList()));
            String only = getProgramme();
            programmes = byKey.entrySet().stream()
                    .filter(entry -> only == null || entry.getKey().equals(only))
                    .map(entry -> new ProgrammeCourses(entry.getKey(), programmeName(entry.getKey()), entry.getValue()))
                    .toList();
        }
        return programmes;
    }

    /**
     * The programme the catalogue is narrowed to ({@code ?programme=key}, how a programme's own page links to its
     * courses), or null for every programme; an unknown key is ignored.
     */
    public String getProgramme() {
        String key = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get("programme");
        return key != null && modules.byKey(key).isPresent() ? key : null;
    }

    /** The name of the programme the catalogue is narrowed to, for the heading. */
    public String getProgrammeName() {
        String key = getProgramme();
        return key == null ? null : programmeName(key);
    }

    public boolean isEnrolled(long courseId) {
        if (enrolled == null) {
            enrolled = currentPerson
                    .get()
                    .map(person -> enrolments.of(person.getId()).stream()
                            .filter(Enrolment::isEnrolled)
                            .map(Enrolment::getCourseId)
                            .collect(Collectors.toSet()))
                    .orElse(Set.of());
        }
        return enrolled.contains(courseId);
    }

    /** "Meld meg på": enrols and opens the course. */
    public String enrol(long courseId) {
        try {
            enrolments.enrolSelf(currentPerson.get().orElseThrow().getId(), courseId, null);
        } catch (Refusal refused) {
            FacesContext.getCurrentInstance()
                    .addMessage(
                            null,
                            new FacesMessage(
                                    FacesMessage.SEVERITY_ERROR,
                                    LearningTexts.get(Pages.locale(), "course.notOpen"),
                                    null));
            return null;
        }
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        FacesContext.getCurrentInstance()
                .addMessage(
                        null,
                        new FacesMessage(
                                FacesMessage.SEVERITY_INFO,
                                LearningTexts.get(Pages.locale(), "course.enrolled"),
                                null));
        return "/learning/course.xhtml?faces-redirect=true&id=" + courseId;
    }

    private String programmeName(String key) {
        return modules.byKey(key)
                .map(module -> Programme.of(module, Pages.locale()).getName())
                .orElse(key);
    }
}
