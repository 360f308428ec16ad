package no.vidsynt.core.organisation.entity;

/** The levels of the organisational tree: a region holds departments, a department holds teams. */
public enum OrgUnitKind {
    REGION, DEPARTMENT, TEAM
}
