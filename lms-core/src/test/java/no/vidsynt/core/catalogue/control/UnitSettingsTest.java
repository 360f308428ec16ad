package no.vidsynt.core.catalogue.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.vidsynt.core.catalogue.control.PublishedCourse.Availability;
import no.vidsynt.core.catalogue.control.PublishedCourse.Prerequisite;
import org.junit.jupiter.api.Test;

class UnitSettingsTest {

    @Test
    void editsTextMembersAndKeepsTheRest() {
        String settings = "{\"text\":\"Gammel\",\"passMark\":80}";
        assertThat(UnitSettings.texts(settings)).containsExactly(Map.entry("text", "Gammel"));
        String changed = UnitSettings.withTexts(settings, Map.of("text", " Ny tekst "));
        assertThat(UnitSettings.parse(changed)).get().satisfies(json -> {
            assertThat(json.getString("text")).isEqualTo("Ny tekst");
            assertThat(json.getInt("passMark")).isEqualTo(80);
        });
        assertThat(UnitSettings.texts(null)).isEmpty();
        assertThat(UnitSettings.withTexts(null, Map.of("text", "Gjør dette"))).isEqualTo("{\"text\":\"Gjør dette\"}");
    }

    @Test
    void onlyJsonObjectsAreSettings() {
        assertThat(UnitSettings.parse("[1,2]")).isEmpty();
        assertThat(UnitSettings.parse("not json")).isEmpty();
        assertThat(UnitSettings.parse("")).isPresent();
    }

    @Test
    void availabilityIsStoredOnlyWhenItRestrictsSomething() {
        assertThat(AvailabilityJson.write(Availability.ALWAYS)).isNull();
        assertThat(AvailabilityJson.read(null)).isEqualTo(Availability.ALWAYS);
        Availability gated = new Availability(
                List.of(new Prerequisite(Prerequisite.Kind.SECTION, 4)),
                Instant.parse("2026-12-01T07:00:00Z"),
                null,
                Set.of(2L),
                Set.of("learner"));
        assertThat(AvailabilityJson.read(AvailabilityJson.write(gated))).isEqualTo(gated);
    }
}
