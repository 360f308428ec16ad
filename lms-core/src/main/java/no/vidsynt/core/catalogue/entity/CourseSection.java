package no.vidsynt.core.catalogue.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Objects;

/**
 * A section of a course's draft. Removing a section only marks it removed: its id (and its units' ids) stay valid for
 * published versions and for the progress recorded against them.
 */
@Entity
@Table(name = "course_section")
@NamedQuery(
        name = CourseSection.OF_COURSE,
        query = "SELECT s FROM CourseSection s WHERE s.courseId = :course ORDER BY s.position, s.id")
public class CourseSection {

    public static final String OF_COURSE = "CourseSection.ofCourse";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "course_id", nullable = false, updatable = false)
    private long courseId;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private boolean removed;

    protected CourseSection() {
        // for JPA
    }

    public CourseSection(long courseId, String title, int position) {
        this.courseId = courseId;
        this.title = Objects.requireNonNull(title, "title");
        this.position = position;
    }

    public void rename(String title) {
        this.title = Objects.requireNonNull(title, "title");
    }

    public void moveTo(int position) {
        this.position = position;
    }

    public void remove() {
        this.removed = true;
    }

    public Long getId() {
        return id;
    }

    public long getCourseId() {
        return courseId;
    }

    public String getTitle() {
        return title;
    }

    public int getPosition() {
        return position;
    }

    public boolean isRemoved() {
        return removed;
    }
}
