package no.vidsynt.core.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Switching language reloads the same page with its parameters, and never leads off the platform. */
class LanguageChoiceTest {

    @Test
    void thePageKeepsItsParameters() {
        assertThat(LanguageChoice.samePage("http://localhost:8080/sessions/roster.xhtml?id=5", ""))
                .isEqualTo("/sessions/roster.xhtml?id=5");
        assertThat(LanguageChoice.samePage("https://vidsynt.example/app/author/course.xhtml?id=2&x=%C3%A6", "/app"))
                .isEqualTo("/app/author/course.xhtml?id=2&x=%C3%A6");
    }

    @Test
    void nothingOutsideThePlatformIsFollowed() {
        assertThat(LanguageChoice.samePage(null, "")).isNull();
        assertThat(LanguageChoice.samePage("https://evil.example//evil.example/x", ""))
                .isNull();
        assertThat(LanguageChoice.samePage("https://vidsynt.example/other/page.xhtml", "/app"))
                .isNull();
        assertThat(LanguageChoice.samePage("not a uri", "")).isNull();
    }
}
