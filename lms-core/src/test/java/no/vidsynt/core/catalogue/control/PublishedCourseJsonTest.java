package no.vidsynt.core.catalogue.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import no.vidsynt.core.catalogue.control.PublishedCourse.Availability;
import no.vidsynt.core.catalogue.control.PublishedCourse.Prerequisite;
import org.junit.jupiter.api.Test;

class PublishedCourseJsonTest {

    @Test
    void aPublishedStructureSurvivesTheRoundTripThroughJson() {
        var gated = new Availability(
                List.of(new Prerequisite(Prerequisite.Kind.UNIT, 11)),
                Instant.parse("2026-01-05T08:00:00Z"),
                null,
                Set.of(3L),
                Set.of("learner"));
        var course = new PublishedCourse(
                7,
                "medarbeider",
                "Språk og kultur",
                null,
                2,
                Instant.parse("2026-11-01T10:00:00Z"),
                PublishedCourse.CompletionRule.N_OF_M,
                2,
                List.of(new PublishedCourse.Section(
                        1,
                        "Innledning",
                        List.of(
                                new PublishedCourse.Unit(11, "task", "Les dette først", true, null),
                                new PublishedCourse.Unit(12, "task", "Hvorfor gjør vi det sånn?", false, gated)))));

        String json = PublishedCourseJson.write(course);
        PublishedCourse back = PublishedCourseJson.read(json);

        assertThat(back).isEqualTo(course);
        assertThat(back.units()).extracting(PublishedCourse.Unit::id).containsExactly(11L, 12L);
        assertThat(back.units().get(0).availability().isUnrestricted()).isTrue();
        assertThat(json).contains("\"programmeKey\":\"medarbeider\"").contains("\"kind\":\"UNIT\"");
    }
}
