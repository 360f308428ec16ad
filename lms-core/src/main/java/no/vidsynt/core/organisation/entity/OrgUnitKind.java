package no.vidsynt.core.organisation.entity;

import java.util.Optional;

/** The levels of the organisational tree: a region holds departments, a department holds teams. */
public enum OrgUnitKind {
    REGION,
    DEPARTMENT,
    TEAM;

    /**
     * The kind a unit gets under a parent of this kind: a unit's kind follows its place in the tree.
     *
     * @param parentKind the parent's kind, or null for a unit at the top
     * @return the child's kind; empty under a team, the lowest level
     */
    public static Optional<OrgUnitKind> below(OrgUnitKind parentKind) {
        if (parentKind == null) {
            return Optional.of(REGION);
        }
        return switch (parentKind) {
            case REGION -> Optional.of(DEPARTMENT);
            case DEPARTMENT -> Optional.of(TEAM);
            case TEAM -> Optional.empty();
        };
    }
}
