package no.vidsynt.veiledning.practice.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Objects;

/** A practice group (treningsgruppe) of three or four trainees within a core cohort; its members are {@link GroupMember}s. */
@Entity
@Table(name = "veiledning_group")
@NamedQuery(
        name = PracticeGroup.OF_COHORT,
        query = "SELECT g FROM PracticeGroup g WHERE g.cohortId = :cohort ORDER BY g.name, g.id")
public class PracticeGroup {

    public static final String OF_COHORT = "PracticeGroup.ofCohort";

    /** The smallest and largest group that gives every role to someone. */
    public static final int MIN_SIZE = 3;

    public static final int MAX_SIZE = 4;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "cohort_id", nullable = false)
    private long cohortId;

    @Column(nullable = false, length = 200)
    private String name;

    protected PracticeGroup() {
        // for JPA
    }

    public PracticeGroup(long cohortId, String name) {
        this.cohortId = cohortId;
        rename(name);
    }

    public final void rename(String newName) {
        this.name = Objects.requireNonNull(newName, "name");
    }

    public Long getId() {
        return id;
    }

    public long getCohortId() {
        return cohortId;
    }

    public String getName() {
        return name;
    }
}
