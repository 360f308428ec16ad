package no.vidsynt.core.enrolment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;

/** A group that goes through a course together, starting on a given date. */
@Entity
@Table(name = "cohort")
@NamedQuery(
        name = Cohort.OF_COURSE,
        query = "SELECT c FROM Cohort c WHERE c.courseId = :course ORDER BY c.startDate, c.id")
public class Cohort {

    public static final String OF_COURSE = "Cohort.ofCourse";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "course_id", nullable = false)
    private long courseId;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    /** The unit whose leaders manage the cohort; null: administrators only. */
    @Column(name = "org_unit_id")
    private Long orgUnitId;

    protected Cohort() {
        // for JPA
    }

    public Cohort(long courseId, String name, LocalDate startDate) {
        this(courseId, name, startDate, null);
    }

    public Cohort(long courseId, String name, LocalDate startDate, Long orgUnitId) {
        this.courseId = courseId;
        this.orgUnitId = orgUnitId;
        change(name, startDate);
    }

    public void change(String newName, LocalDate newStartDate) {
        this.name = Objects.requireNonNull(newName, "name");
        this.startDate = Objects.requireNonNull(newStartDate, "startDate");
    }

    public Long getId() {
        return id;
    }

    public long getCourseId() {
        return courseId;
    }

    public String getName() {
        return name;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public Long getOrgUnitId() {
        return orgUnitId;
    }
}
