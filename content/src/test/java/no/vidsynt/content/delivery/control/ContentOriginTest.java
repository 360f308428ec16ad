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
}
