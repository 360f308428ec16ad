package no.vidsynt.core.catalogue.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collections;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import no.vidsynt.core.catalogue.control.PublishedCourse.CompletionRule;

/**
 * A course as its authors edit it: the draft. The rows of this course, its sections and its units are the draft;
 * learners see only the versions published from it ({@link CourseVersion}). The {@code @Version} counter is raised by
 * every change to the course or its structure, so two authors editing at once cannot overwrite each other unseen.
 *
 * <p>Authors are held by person id, not as an association, so the catalogue does not load people to list courses.
 */
@Entity
@Table(name = "course")
@NamedQuery(
        name = Course.AUTHORED_BY,
        query = "SELECT c FROM Course c JOIN c.authorIds a WHERE a = :person " + "ORDER BY c.title, c.id")
@NamedQuery(name = Course.ALL, query = "SELECT c FROM Course c ORDER BY c.title, c.id")
public class Course {

    public static final String AUTHORED_BY = "Course.authoredBy";
    public static final String ALL = "Course.all";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "programme_key", nullable = false, length = 40, updatable = false)
    private String programmeKey;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(length = 4000)
    private String summary;

    @Column(name = "self_enrolment", nullable = false)
    private boolean selfEnrolment;

    @Enumerated(EnumType.STRING)
    @Column(name = "completion_rule", nullable = false, length = 20)
    private CompletionRule completionRule = CompletionRule.ALL_REQUIRED;

    @Column(name = "completion_count")
    private Integer completionCount;

    @Column(name = "published_version")
    private Integer publishedVersion;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.now();

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "course_author", joinColumns = @JoinColumn(name = "course_id"))
    @Column(name = "person_id")
    private Set<Long> authorIds = new HashSet<>();

    protected Course() {
        // for JPA
    }

    public Course(String programmeKey, String title) {
        this.programmeKey = Objects.requireNonNull(programmeKey, "programmeKey");
        this.title = Objects.requireNonNull(title, "title");
    }

    /** Changes what learners will see about the course once it is published again. */
    public void describe(
            String title, String summary, boolean selfEnrolment, CompletionRule rule, Integer completionCount) {
        this.title = Objects.requireNonNull(title, "title");
        this.summary = summary;
        this.selfEnrolment = selfEnrolment;
        this.completionRule = Objects.requireNonNull(rule, "rule");
        this.completionCount = rule == CompletionRule.N_OF_M ? completionCount : null;
    }

    public void addAuthor(long personId) {
        authorIds.add(personId);
    }

    public boolean isAuthor(long personId) {
        return authorIds.contains(personId);
    }

    public void published(int versionNo) {
        this.publishedVersion = versionNo;
    }

    public Long getId() {
        return id;
    }

    public String getProgrammeKey() {
        return programmeKey;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public boolean isSelfEnrolment() {
        return selfEnrolment;
    }

    public CompletionRule getCompletionRule() {
        return completionRule;
    }

    public Integer getCompletionCount() {
        return completionCount;
    }

    public Integer getPublishedVersion() {
        return publishedVersion;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }

    public Set<Long> getAuthorIds() {
        return Collections.unmodifiableSet(authorIds);
    }
}
