package no.vidsynt.core.selfstudy.page.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownRendererTest {

    @Test
    void rendersHeadingsWithAnchorsListsLinksTablesAndCode() {
        String html = MarkdownRenderer.toSafeHtml("""
                # Hvorfor gjør vi det sånn?

                Litt **fet** og *kursiv* tekst med en [lenke](https://bufdir.no).

                - én
                - to

                ```java
                int x = 1;
                ```
                """);
        assertThat(html)
                .contains("<h2 id=\"ss-hvorfor-gjør-vi-det-sånn\">")
                .contains("<strong>fet</strong>")
                .contains("<em>kursiv</em>")
                .contains("href=\"https://bufdir.no\"")
                .contains("noopener")
                .contains("noreferrer")
                .contains("<li>én</li>")
                .contains("<pre><code class=\"language-java\">int x &#61; 1;");
    }

    @Test
    void headingsStayBelowThePagesOneH1() {
        assertThat(MarkdownRenderer.toSafeHtml("# Tittel\n\n## Del\n\n###### Minst\n\n<h1>Rå</h1>"))
                .doesNotContain("<h1")
                .contains("<h2 id=\"ss-tittel\">Tittel</h2>")
                .contains("<h3 id=\"ss-del\">Del</h3>")
                .contains("<h6 id=\"ss-minst\">Minst</h6>")
                .contains("Rå");
    }

    @Test
    void imagesOnlyFromTheApplicationsOwnFiles() {
        assertThat(MarkdownRenderer.toSafeHtml("![Kart](/api/v1/selfstudy/files/12)"))
                .contains("<img src=\"/api/v1/selfstudy/files/12\" alt=\"Kart\"");
        assertThat(MarkdownRenderer.toSafeHtml("![sporing](https://evil.example/pixel.gif)"))
                .doesNotContain("evil.example")
                .doesNotContain("<img src");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<script>alert(1)</script>",
                "<img src=x onerror=alert(1)>",
                "[klikk](javascript:alert(1))",
                "<a href=\"javascript:alert(1)\">x</a>",
                "<iframe src=\"https://evil.example\"></iframe>",
                "<svg onload=alert(1)>",
                "<div style=\"background:url(javascript:alert(1))\">x</div>",
                "<p onclick=\"alert(1)\">klikk</p>",
                "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
                "<h2 id=\"x\" onmouseover=\"alert(1)\">x</h2>",
                "<object data=\"evil.swf\"></object>",
                "<form action=\"https://evil.example\"><input name=p></form>"
            })
    void xssVectorsNeverSurvive(String attack) {
        String html = MarkdownRenderer.toSafeHtml(attack).toLowerCase();
        assertThat(html)
                .doesNotContain("<script")
                .doesNotContain("javascript:")
                .doesNotContain("onerror")
                .doesNotContain("onload")
                .doesNotContain("onclick")
                .doesNotContain("onmouseover")
                .doesNotContain("<iframe")
                .doesNotContain("<svg")
                .doesNotContain("style=")
                .doesNotContain("data:text")
                .doesNotContain("<object")
                .doesNotContain("<form")
                .doesNotContain("<input");
    }

    @Test
    void emptyInputRendersNothing() {
        assertThat(MarkdownRenderer.toSafeHtml(null)).isEmpty();
        assertThat(MarkdownRenderer.toSafeHtml("  \n")).isEmpty();
    }

    @Test
    void readingTimeIsWordsOverTwoHundredRoundedUp() {
        assertThat(MarkdownRenderer.readingMinutes("")).isZero();
        assertThat(MarkdownRenderer.readingMinutes("ett ord")).isEqualTo(1);
        assertThat(MarkdownRenderer.readingMinutes("ord ".repeat(200))).isEqualTo(1);
        assertThat(MarkdownRenderer.readingMinutes("ord ".repeat(201))).isEqualTo(2);
        assertThat(MarkdownRenderer.readingMinutes("# Tittel\n\n" + "ord ".repeat(999) + "\n\n- - -"))
                .isEqualTo(5);
    }
}
