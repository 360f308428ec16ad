package no.vidsynt.core.catalogue.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import no.vidsynt.core.catalogue.control.CourseAuthoring;
import no.vidsynt.core.catalogue.control.CourseDetails;
import no.vidsynt.core.catalogue.control.CoursePublishing;
import no.vidsynt.core.catalogue.control.InvalidChange;
import no.vidsynt.core.catalogue.control.PublishedCourse.CompletionRule;
import no.vidsynt.core.catalogue.entity.Course;
import no.vidsynt.core.programme.control.CourseModules;
import no.vidsynt.core.programme.control.Programme;

/** Backing bean of /author/courses.xhtml: the courses the author may edit, and a form for a new one. */
@Named
@ViewScoped
public class AuthorCourses implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A course in the list. */
    public record Row(long id, String title, String programme, Integer publishedVersion, boolean changed) {
        public long getId() {
            return id;
        }

        public String getTitle() {
            return title;
        }

        public String getProgramme() {
            return programme;
        }

        public Integer getPublishedVersion() {
            return publishedVersion;
        }

        public boolean isChanged() {
            return changed;
        }
    }

    @Inject
    CurrentEditor editor;

    @Inject
    CourseAuthoring authoring;

    @Inject
    CoursePublishing publishing;

    @Inject
    CourseModules modules;

    private transient List<Row> rows;
    private String programme;
    private String title;
    private String summary;
    private boolean selfEnrolment;
    private CompletionRule completionRule = CompletionRule.ALL_REQUIRED;
    private Integer completionCount;

    public List<Row> getCourses() {
        if (rows == null) {
            rows = authoring.editable(editor.get()).stream()
                    .map(course -> new Row(
                            course.getId(),
                            course.getTitle(),
                            programmeName(course.getProgrammeKey()),
                            course.getPublishedVersion(),
                            !publishing.unpublishedChanges(course).isEmpty()))
                    .toList();
        }
        return rows;
    }

    public List<Programme> getProgrammes() {
        return modules.all().stream()
                .map(module -> Programme.of(module, CatalogueTexts.locale()))
                .toList();
    }

    public CompletionRule[] getCompletionRules() {
        return CompletionRule.values();
    }

    public String create() {
        try {
            Course course = authoring.create(
                    editor.get(),
                    programme,
                    new CourseDetails(title, summary, selfEnrolment, completionRule, completionCount));
            // Post-redirect-get to the editor with the course's id; the message survives the redirect in the flash.
            jakarta.faces.context.FacesContext.getCurrentInstance()
                    .getExternalContext()
                    .getFlash()
                    .setKeepMessages(true);
            CatalogueTexts.info("editor.courseCreated", course.getTitle());
            return "/author/course.xhtml?faces-redirect=true&id=" + course.getId();
        } catch (InvalidChange refused) {
            CatalogueTexts.show(
                    refused,
                    Map.of(
                            "programme",
                            "create:programme",
                            "title",
                            "create:title",
                            "summary",
                            "create:summary",
                            "completionCount",
                            "create:completionCount"));
            return null;
        }
    }

    private String programmeName(String key) {
        return modules.byKey(key)
                .map(module -> Programme.of(module, CatalogueTexts.locale()).getName())
                .orElse(key);
    }

    public String getProgramme() {
        return programme;
    }

    public void setProgramme(String programme) {
        this.programme = programme;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public boolean isSelfEnrolment() {
        return selfEnrolment;
    }

    public void setSelfEnrolment(boolean selfEnrolment) {
        this.selfEnrolment = selfEnrolment;
    }

    public CompletionRule getCompletionRule() {
        return completionRule;
    }

    public void setCompletionRule(CompletionRule completionRule) {
        this.completionRule = completionRule;
    }

    public Integer getCompletionCount() {
        return completionCount;
    }

    public void setCompletionCount(Integer completionCount) {
        this.completionCount = completionCount;
    }
}
