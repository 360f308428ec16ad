package no.vidsynt.core.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** The 403 page names the part of the platform the person may not open, in both languages. */
class ForbiddenPageTest {

    @Test
    void eachAreaHasItsOwnExplanation() {
        assertThat(ForbiddenPage.areaOf("/admin/users.xhtml")).isEqualTo("forbidden.area.admin");
        assertThat(ForbiddenPage.areaOf("/author/course.xhtml")).isEqualTo("forbidden.area.author");
        assertThat(ForbiddenPage.areaOf("/selfstudy/author/page.xhtml")).isEqualTo("forbidden.area.author");
        assertThat(ForbiddenPage.areaOf("/sessions/roster.xhtml")).isEqualTo("forbidden.area.sessions");
        assertThat(ForbiddenPage.areaOf("/content/library.xhtml")).isEqualTo("forbidden.area.content");
        assertThat(ForbiddenPage.areaOf("/somewhere.xhtml")).isEqualTo("forbidden.area.other");
        assertThat(ForbiddenPage.areaOf(null)).isEqualTo("forbidden.area.other");
    }

    @Test
    void everyExplanationExistsInBokmaalAndEnglish() {
        for (Locale locale : Languages.SUPPORTED) {
            var bundle = ResourceBundle.getBundle(Texts.BUNDLE, locale);
            for (String area : new String[] {"admin", "author", "content", "sessions", "leader", "api", "other"}) {
                assertThat(bundle.getString("forbidden.area." + area))
                        .as(locale + " " + area)
                        .isNotBlank();
            }
        }
        assertThat(ResourceBundle.getBundle(Texts.BUNDLE, Languages.DEFAULT).getString("forbidden.heading"))
                .isEqualTo("Du har ikke tilgang til denne siden");
    }
}
