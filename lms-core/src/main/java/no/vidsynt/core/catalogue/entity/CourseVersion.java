package no.vidsynt.core.catalogue.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One publication of a course: the structure learners see, frozen as JSON
 * ({@link no.vidsynt.core.catalogue.control.PublishedCourse}). Never changed after it is written.
 */
@Entity
@Table(name = "course_version")
@NamedQuery(
        name = CourseVersion.OF_COURSE,
        query = "SELECT v FROM CourseVersion v WHERE v.courseId = :course ORDER BY v.versionNo DESC")
@NamedQuery(
        name = CourseVersion.LATEST_OF_ALL,
        query = "SELECT v, c.selfEnrolment FROM CourseVersion v, Course c "
                + "WHERE c.id = v.courseId AND v.versionNo = c.publishedVersion")
public class CourseVersion {

    public static final String OF_COURSE = "CourseVersion.ofCourse";
    public static final String LATEST_OF_ALL = "CourseVersion.latestOfAll";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "course_id", nullable = false, updatable = false)
    private long courseId;

    @Column(name = "version_no", nullable = false, updatable = false)
    private int versionNo;

    @Column(name = "published_at", nullable = false, updatable = false)
    private Instant publishedAt;

    @Column(name = "published_by", nullable = false, length = 100, updatable = false)
    private String publishedBy;

    @Column(nullable = false, updatable = false, columnDefinition = "LONGTEXT")
    private String structure;

    protected CourseVersion() {
        // for JPA
    }

    public CourseVersion(long courseId, int versionNo, Instant publishedAt, String publishedBy, String structure) {
        this.courseId = courseId;
        this.versionNo = versionNo;
        this.publishedAt = Objects.requireNonNull(publishedAt, "publishedAt");
        this.publishedBy = Objects.requireNonNull(publishedBy, "publishedBy");
        this.structure = Objects.requireNonNull(structure, "structure");
    }

    public Long getId() {
        return id;
    }

    public long getCourseId() {
        return courseId;
    }

    public int getVersionNo() {
        return versionNo;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    public String getStructure() {
        return structure;
    }
}
