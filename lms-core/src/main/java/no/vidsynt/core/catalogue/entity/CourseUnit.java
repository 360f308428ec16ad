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
 * A unit of a course's draft: something the learner does (a task, a page, a quiz...), of a registered
 * {@link no.vidsynt.core.spi.UnitType}. Its id is stable for ever: published versions and learners' progress name
 * it, so removing a unit only marks it removed. The type's own settings and the availability rules are JSON.
 */
@Entity
@Table(name = "course_unit")
@NamedQuery(
        name = CourseUnit.OF_COURSE,
        query = "SELECT u FROM CourseUnit u WHERE u.courseId = :course ORDER BY u.position, u.id")
public class CourseUnit {

    public static final String OF_COURSE = "CourseUnit.ofCourse";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "course_id", nullable = false, updatable = false)
    private long courseId;

    @Column(name = "section_id", nullable = false)
    private long sectionId;

    @Column(name = "unit_type", nullable = false, length = 40, updatable = false)
    private String unitType;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private boolean required;

    @Column(nullable = false)
    private boolean removed;

    @Column(columnDefinition = "TEXT")
    private String settings;

    @Column(columnDefinition = "TEXT")
    private String availability;

    protected CourseUnit() {
        // for JPA
    }

    public CourseUnit(long courseId, long sectionId, String unitType, String title, int position) {
        this.courseId = courseId;
        this.sectionId = sectionId;
        this.unitType = Objects.requireNonNull(unitType, "unitType");
        this.title = Objects.requireNonNull(title, "title");
        this.position = position;
    }

    /** Changes what the author edits on a unit; the type never changes. */
    public void edit(String title, boolean required, String settingsJson, String availabilityJson) {
        this.title = Objects.requireNonNull(title, "title");
        this.required = required;
        this.settings = settingsJson;
        this.availability = availabilityJson;
    }

    public void moveTo(long sectionId, int position) {
        this.sectionId = sectionId;
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

    public long getSectionId() {
        return sectionId;
    }

    public String getUnitType() {
        return unitType;
    }

    public String getTitle() {
        return title;
    }

    public int getPosition() {
        return position;
    }

    public boolean isRequired() {
        return required;
    }

    public boolean isRemoved() {
        return removed;
    }

    public String getSettings() {
        return settings;
    }

    public String getAvailability() {
        return availability;
    }
}
