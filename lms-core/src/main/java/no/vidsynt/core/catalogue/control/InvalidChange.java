package no.vidsynt.core.catalogue.control;

import java.util.List;

/** A change to a course was refused because of its content; nothing was written. */
public class InvalidChange extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Violation> violations;

    public InvalidChange(List<Violation> violations) {
        super("Invalid change: " + violations.stream().map(Violation::key).toList());
        this.violations = List.copyOf(violations);
    }

    public InvalidChange(Violation violation) {
        this(List.of(violation));
    }

    public List<Violation> violations() {
        return violations;
    }

    /** Throws when there is anything to complain about. */
    public static void throwIfAny(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new InvalidChange(violations);
        }
    }
}
