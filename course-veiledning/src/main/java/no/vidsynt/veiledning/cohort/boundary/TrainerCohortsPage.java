package no.vidsynt.veiledning.cohort.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import no.vidsynt.core.people.entity.Person;
import no.vidsynt.core.platform.Refusal;
import no.vidsynt.core.platform.web.PageRefusal;
import no.vidsynt.core.security.boundary.CurrentPerson;
import no.vidsynt.veiledning.cohort.control.Cohorts;
import no.vidsynt.veiledning.cohort.control.VeiledningCohorts;

/**
 * /veiledning/cohort/cohorts.xhtml, "Kull": the programme's cohorts with their period and seats, and the form that
 * creates one (name, period, seats, plan, the practice sessions and logbook entries completing it takes, hours).
 * Trainers and administrators only.
 */
@Named
@ViewScoped
public class TrainerCohortsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Cohorts making;

    @Inject
    transient VeiledningCohorts cohorts;

    @Inject
    transient CurrentPerson currentPerson;

    /** A cohort as the list shows it. */
    public record Row(long id, String name, String period, String trainer, String seats, boolean mine) {}

    private String name;
    private LocalDate startDate;
    private LocalDate endDate;
    private Integer seats = 12;
    private String plan;
    private Integer requiredSessions = 4;
    private Integer requiredLogbookEntries = 3;
    private Integer hours = 30;

    /** The view action: only trainers and administrators see the page. */
    public void check() {
        if (!Cohorts.isTrainer(me())) {
            PageRefusal.forbidden();
        }
    }

    public List<Row> getCohorts() {
        long me = me().getId();
        return cohorts.all().stream()
                .map(plan -> new Row(
                        plan.cohortId(),
                        plan.name(),
                        CohortPages.period(plan.startDate(), plan.endDate()),
                        plan.trainerName(),
                        CohortPages.text("cohort.seatsTaken", plan.admitted(), plan.seats(), plan.waitlisted()),
                        plan.trainerId() == me))
                .toList();
    }

    public void create() {
        try {
            VeiledningCohorts.Plan created = making.create(
                    me(),
                    new Cohorts.NewCohort(
                            null,
                            name,
                            startDate,
                            endDate,
                            seats,
                            plan,
                            requiredSessions,
                            requiredLogbookEntries,
                            hours,
                            null));
            CohortPages.info("cohort.created", created.name());
            name = null;
            startDate = null;
            endDate = null;
            plan = null;
        } catch (Refusal refused) {
            CohortPages.refused(refused);
        }
    }

    private Person me() {
        return currentPerson.require();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public Integer getSeats() {
        return seats;
    }

    public void setSeats(Integer seats) {
        this.seats = seats;
    }

    public String getPlan() {
        return plan;
    }

    public void setPlan(String plan) {
        this.plan = plan;
    }

    public Integer getRequiredSessions() {
        return requiredSessions;
    }

    public void setRequiredSessions(Integer requiredSessions) {
        this.requiredSessions = requiredSessions;
    }

    public Integer getRequiredLogbookEntries() {
        return requiredLogbookEntries;
    }

    public void setRequiredLogbookEntries(Integer requiredLogbookEntries) {
        this.requiredLogbookEntries = requiredLogbookEntries;
    }

    public Integer getHours() {
        return hours;
    }

    public void setHours(Integer hours) {
        this.hours = hours;
    }
}
