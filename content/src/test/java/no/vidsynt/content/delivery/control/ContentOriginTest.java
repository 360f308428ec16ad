package no.vidsynt.content.delivery.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ContentOriginTest {

    @Test
    void withoutConfigurationLocalhostAnd127Swap() {
        var origins = new ContentOrigin();
        origins.configured = Optional.empty();
        origins.configuredApp = Optional.empty();
        assertThat(origins.forApp("http://127.0.0.1:8105")).isEqualTo("http://localhost:8105");
        assertThat(origins.forApp("http://localhost:8105")).isEqualTo("http://127.0.0.1:8105");
        assertThat(origins.appFor("http://localhost:8105")).isEqualTo("http://127.0.0.1:8105");
        assertThat(origins.forApp("https://vidsynt.example")).isEqualTo("https://content.vidsynt.example");
        assertThat(origins.appFor("https://content.vidsynt.example")).isEqualTo("https://vidsynt.example");
        assertThat(origins.dedicated()).isEmpty();
    }

    @Test
    void aConfiguredOriginWins() {
        var origins = new ContentOrigin();
        origins.configured = Optional.of("http://content.localhost:8080/");
        origins.configuredApp = Optional.of("http://localhost:8080");
        assertThat(origins.forApp("http://localhost:8080")).isEqualTo("http://content.localhost:8080");
        assertThat(origins.appFor("http://content.localhost:8080")).isEqualTo("http://localhost:8080");
        assertThat(origins.dedicated()).contains("http://content.localhost:8080");
    }

    @Test
    void withoutConfigurationTheDerivedContentHostServesContentOnly() {
        var origins = new ContentOrigin();
        origins.configured = Optional.empty();
        origins.configuredApp = Optional.empty();
        assertThat(origins.servesContentOnly("https://content.vidsynt.example")).isTrue();
        assertThat(origins.servesContentOnly("https://vidsynt.example")).isFalse();

        assertThat(origins.servesContentOnly("http://localhost:8105")).isFalse();
        origins.forApp("http://127.0.0.1:8105");
        assertThat(origins.servesContentOnly("http://localhost:8105")).isTrue();
        assertThat(origins.servesContentOnly("http://127.0.0.1:8105")).isFalse();
    }

    @Test
    void aConfiguredContentOriginServesContentOnlyAndTheAppHostEverything() {
        var origins = new ContentOrigin();
        origins.configured = Optional.of("https://innhold.vidsynt.example");
        origins.configuredApp = Optional.empty();
        assertThat(origins.servesContentOnly("https://innhold.vidsynt.example")).isTrue();
        assertThat(origins.servesContentOnly("https://vidsynt.example")).isFalse();
    }
}
