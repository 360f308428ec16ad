package no.vidsynt.veiledning.practice.entity;

/** Whether the child's perspective was present in the supervision, as an observer saw it. */
public enum ChildPerspective {
    YES,
    PARTLY,
    NO
}
