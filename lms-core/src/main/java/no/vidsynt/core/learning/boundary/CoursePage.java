package no.vidsynt.core.learning.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import no.vidsynt.core.enrolment.control.Enrolments;
import no.vidsynt.core.enrolment.entity.Cohort;
import no.vidsynt.core.learning.control.AvailabilityCheck;
import no.vidsynt.core.learning.control.Learning;
import no.vidsynt.core.learning.control.LearningTexts;
import no.vidsynt.core.people.entity.Person;
import no.vidsynt.core.platform.Refusal;
import no.vidsynt.core.security.boundary.CurrentPerson;

/** Backs a course's page: sections and units with status and availability, enrol and withdraw (with confirmation). */
@Named
@ViewScoped
public class CoursePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Learning learning;

    @Inject
    transient Enrolments enrolments;

    @Inject
    transient CurrentPerson currentPerson;

    private Long id;
    private Long cohortId;
    private boolean confirmingWithdrawal;
    private transient Learning.CourseState state;

    /** Before the page renders: an unpublished or unknown course is "not found". */
    public void load() {
        if (!FacesContext.getCurrentInstance().isPostback() && getState() == null) {
            Pages.notFound();
        }
    }

    private Learning.CourseState reload() {
        Person person = currentPerson.get().orElseThrow();
        state = learning.course(person, id).orElse(null);
        return state;
    }

    public Learning.CourseState getState() {
        if (state == null && getId() != null) {
            reload();
        }
        return state;
    }

    public List<Cohort> getCohorts() {
        return id == null ? List.of() : enrolments.cohorts(id);
    }

    public void enrol() {
        try {
            enrolments.enrolSelf(currentPerson.get().orElseThrow().getId(), id, cohortId);
            message(FacesMessage.SEVERITY_INFO, "course.enrolled");
        } catch (Refusal refused) {
            message(FacesMessage.SEVERITY_ERROR, "course.notOpen");
        }
        reload();
    }

    public void askToWithdraw() {
        confirmingWithdrawal = true;
    }

    public void cancelWithdrawal() {
        confirmingWithdrawal = false;
    }

    public void withdraw() {
        enrolments.withdraw(currentPerson.get().orElseThrow().getId(), id);
        confirmingWithdrawal = false;
        message(FacesMessage.SEVERITY_INFO, "course.withdrawn");
        reload();
    }

    public String reasons(AvailabilityCheck.Verdict verdict) {
        return LearningTexts.reasons(verdict.reasons(), Pages.locale());
    }

    public String date(Instant at) {
        return at == null ? "" : LearningTexts.dateTime(at, Pages.locale());
    }

    public String cohortDate(Cohort cohort) {
        return LearningTexts.date(cohort.getStartDate(), Pages.locale());
    }

    private void message(FacesMessage.Severity severity, String key) {
        FacesContext.getCurrentInstance()
                .addMessage(null, new FacesMessage(severity, LearningTexts.get(Pages.locale(), key), null));
    }

    public Long getId() {
        if (id == null) {
            id = Pages.longParameter("id");
        }
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getCohortId() {
        return cohortId;
    }

    public void setCohortId(Long cohortId) {
        this.cohortId = cohortId;
    }

    public boolean isConfirmingWithdrawal() {
        return confirmingWithdrawal;
    }
}
