package no.vidsynt.core.organisation.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OrgUnitKindTest {

    @Test
    void aUnitsKindFollowsItsParent() {
        assertThat(OrgUnitKind.below(null)).contains(OrgUnitKind.REGION);
        assertThat(OrgUnitKind.below(OrgUnitKind.REGION)).contains(OrgUnitKind.DEPARTMENT);
        assertThat(OrgUnitKind.below(OrgUnitKind.DEPARTMENT)).contains(OrgUnitKind.TEAM);
        assertThat(OrgUnitKind.below(OrgUnitKind.TEAM)).isEmpty();
    }
}
