package no.vidsynt.core.selfstudy.reflection.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import no.vidsynt.core.people.entity.Role;
import no.vidsynt.core.selfstudy.reflection.control.SharingRules.Reader;
import no.vidsynt.core.selfstudy.reflection.control.SharingRules.Share;
import org.junit.jupiter.api.Test;

class SharingRulesTest {

    static final long WRITER = 1;
    static final long DEPARTMENT = 10;

    @Test
    void theWriterAlwaysReadsAndNobodyElseWithoutSharing() {
        assertThat(SharingRules.canRead(
                        new Reader(WRITER, Set.of(Role.LEARNER), Set.of(), Set.of()), WRITER, List.of()))
                .isTrue();
        assertThat(SharingRules.canRead(
                        new Reader(2, Set.of(Role.LEARNER), Set.of(DEPARTMENT), Set.of()), WRITER, List.of()))
                .isFalse();
        assertThat(SharingRules.canRead(new Reader(3, Set.of(Role.ADMIN), Set.of(), Set.of()), WRITER, List.of()))
                .as("not even an administrator")
                .isFalse();
    }

    @Test
    void aNamedPersonReadsUntilTheSharingIsWithdrawn() {
        Reader trainer = new Reader(5, Set.of(Role.TRAINER), Set.of(), Set.of());
        assertThat(SharingRules.canRead(trainer, WRITER, List.of(new Share(5L, null))))
                .isTrue();
        assertThat(SharingRules.canRead(trainer, WRITER, List.of())).isFalse();
        assertThat(SharingRules.canRead(trainer, WRITER, List.of(new Share(6L, null))))
                .isFalse();
    }

    @Test
    void aGroupShareReachesMembersButNeverLeaders() {
        List<Share> group = List.of(new Share(null, DEPARTMENT));
        assertThat(SharingRules.canRead(
                        new Reader(2, Set.of(Role.LEARNER), Set.of(DEPARTMENT), Set.of()), WRITER, group))
                .isTrue();
        assertThat(SharingRules.canRead(new Reader(2, Set.of(Role.LEARNER), Set.of(99L), Set.of()), WRITER, group))
                .isFalse();
        assertThat(SharingRules.canRead(
                        new Reader(7, Set.of(Role.LEADER), Set.of(DEPARTMENT), Set.of(DEPARTMENT)), WRITER, group))
                .as("the department's leader")
                .isFalse();
        assertThat(SharingRules.canRead(
                        new Reader(8, Set.of(Role.LEADER, Role.TRAINER), Set.of(DEPARTMENT), Set.of()), WRITER, group))
                .as("anyone holding the leader role")
                .isFalse();
        assertThat(SharingRules.canRead(
                        new Reader(9, Set.of(Role.LEARNER), Set.of(DEPARTMENT), Set.of(DEPARTMENT)), WRITER, group))
                .as("someone who leads the unit")
                .isFalse();
    }

    @Test
    void aPersonWhoIsOnlyALeaderCanNeverBeNamedNorRead() {
        assertThat(SharingRules.mayBeNamed(WRITER, 7, Set.of(Role.LEADER), true))
                .isFalse();
        assertThat(SharingRules.canRead(
                        new Reader(7, Set.of(Role.LEADER), Set.of(), Set.of()), WRITER, List.of(new Share(7L, null))))
                .isFalse();
        assertThat(SharingRules.mayBeNamed(WRITER, 5, Set.of(Role.TRAINER), true))
                .isTrue();
        assertThat(SharingRules.mayBeNamed(WRITER, WRITER, Set.of(Role.LEARNER), true))
                .as("oneself")
                .isFalse();
        assertThat(SharingRules.mayBeNamed(WRITER, 5, Set.of(Role.TRAINER), false))
                .as("deactivated")
                .isFalse();
    }

    @Test
    void groupsAreOnlyTheWritersOwn() {
        assertThat(SharingRules.mayShareWithUnit(Set.of(DEPARTMENT), DEPARTMENT))
                .isTrue();
        assertThat(SharingRules.mayShareWithUnit(Set.of(DEPARTMENT), 11)).isFalse();
    }
}
