package no.vidsynt.core.enrolment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * A standing rule: everyone in an organisational unit (and the units below it) is enrolled in a course, also people
 * who join the unit later.
 */
@Entity
@Table(name = "course_unit_enrolment")
@IdClass(CourseUnitEnrolment.Key.class)
@NamedQuery(
        name = CourseUnitEnrolment.FOR_UNITS,
        query = "SELECT c FROM CourseUnitEnrolment c WHERE c.orgUnitId IN :units")
@NamedQuery(
        name = CourseUnitEnrolment.OF_UNIT,
        query = "SELECT c FROM CourseUnitEnrolment c WHERE c.orgUnitId = :unit ORDER BY c.createdAt")
public class CourseUnitEnrolment {

    public static final String FOR_UNITS = "CourseUnitEnrolment.forUnits";
    public static final String OF_UNIT = "CourseUnitEnrolment.ofUnit";

    /** The composite key: course and unit. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        long courseId;
        long orgUnitId;

        public Key() {}

        public Key(long courseId, long orgUnitId) {
            this.courseId = courseId;
            this.orgUnitId = orgUnitId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.courseId == courseId && key.orgUnitId == orgUnitId;
        }

        @Override
        public int hashCode() {
            return Objects.hash(courseId, orgUnitId);
        }
    }

    @Id
    @Column(name = "course_id")
    private long courseId;

    @Id
    @Column(name = "org_unit_id")
    private long orgUnitId;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected CourseUnitEnrolment() {
        // for JPA
    }

    public CourseUnitEnrolment(long courseId, long orgUnitId, String createdBy, Instant createdAt) {
        this.courseId = courseId;
        this.orgUnitId = orgUnitId;
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    public long getCourseId() {
        return courseId;
    }

    public long getOrgUnitId() {
        return orgUnitId;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
