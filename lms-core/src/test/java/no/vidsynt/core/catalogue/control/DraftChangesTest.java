package no.vidsynt.core.catalogue.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import no.vidsynt.core.catalogue.control.DraftChanges.Kind;
import no.vidsynt.core.catalogue.control.PublishedCourse.Availability;
import no.vidsynt.core.catalogue.control.PublishedCourse.CompletionRule;
import no.vidsynt.core.catalogue.control.PublishedCourse.Section;
import no.vidsynt.core.catalogue.control.PublishedCourse.Unit;
import org.junit.jupiter.api.Test;

class DraftChangesTest {

    private static PublishedCourse course(String title, int version, List<Section> sections) {
        return new PublishedCourse(
                1,
                "veiledning",
                title,
                null,
                version,
                Instant.EPOCH.plusSeconds(version),
                CompletionRule.ALL_REQUIRED,
                null,
                sections);
    }

    private static final Unit A = new Unit(101, "task", "A", true, null);
    private static final Unit B = new Unit(102, "task", "B", false, null);

    private static List<Kind> kinds(PublishedCourse published, PublishedCourse draft) {
        return DraftChanges.between(published, draft).stream()
                .map(DraftChanges.Change::kind)
                .toList();
    }

    @Test
    void nothingChangedWhenOnlyTheVersionAndTimeDiffer() {
        PublishedCourse published = course("Kurs", 1, List.of(new Section(10, "S", List.of(A, B))));
        PublishedCourse draft = course("Kurs", 0, List.of(new Section(10, "S", List.of(A, B))));
        assertThat(DraftChanges.between(published, draft)).isEmpty();
    }

    @Test
    void aNeverPublishedCourseSaysSo() {
        assertThat(kinds(null, course("Kurs", 0, List.of()))).containsExactly(Kind.NEVER_PUBLISHED);
    }

    @Test
    void reportsAddedRemovedChangedAndReorderedParts() {
        PublishedCourse published =
                course("Kurs", 1, List.of(new Section(10, "S", List.of(A, B)), new Section(20, "Gammel", List.of())));
        Unit changedA = new Unit(101, "task", "A", false, null);
        Unit gatedB = new Unit(102, "task", "B", false, new Availability(null, Instant.EPOCH, null, null, null));
        Unit newC = new Unit(103, "task", "C", true, null);

        assertThat(kinds(
                        published,
                        course(
                                "Nytt navn",
                                0,
                                List.of(new Section(10, "S", List.of(A, B)), new Section(20, "Gammel", List.of())))))
                .containsExactly(Kind.COURSE_DETAILS);
        assertThat(kinds(
                        published,
                        course(
                                "Kurs",
                                0,
                                List.of(
                                        new Section(10, "S", List.of(changedA, gatedB)),
                                        new Section(20, "Gammel", List.of())))))
                .containsExactly(Kind.UNIT_CHANGED, Kind.UNIT_CHANGED);
        assertThat(kinds(
                        published,
                        course(
                                "Kurs",
                                0,
                                List.of(new Section(10, "S", List.of(B, A)), new Section(20, "Gammel", List.of())))))
                .containsExactly(Kind.ORDER_CHANGED);
        assertThat(kinds(
                        published,
                        course(
                                "Kurs",
                                0,
                                List.of(new Section(10, "S2", List.of(A, newC)), new Section(30, "Ny", List.of())))))
                .containsExactly(
                        Kind.SECTION_CHANGED,
                        Kind.SECTION_ADDED,
                        Kind.SECTION_REMOVED,
                        Kind.UNIT_ADDED,
                        Kind.UNIT_REMOVED);
    }

    @Test
    void changesNameWhatChanged() {
        PublishedCourse published = course("Kurs", 1, List.of(new Section(10, "S", List.of(A))));
        assertThat(DraftChanges.between(published, course("Kurs", 0, List.of(new Section(10, "S", List.of(A, B))))))
                .containsExactly(new DraftChanges.Change(Kind.UNIT_ADDED, "B"));
    }
}
