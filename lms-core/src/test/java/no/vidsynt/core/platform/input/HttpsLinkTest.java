package no.vidsynt.core.platform.input;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HttpsLinkTest {

    @Test
    void onlyHttpsUrlsWithAHostPass() {
        assertThat(HttpsLink.isValid("https://meet.example.no/rom/1?pwd=abc#x")).isTrue();
        assertThat(HttpsLink.isValid("HTTPS://Meet.Example.no")).isTrue();
        assertThat(HttpsLink.isValid("https://x.example/\"><svg/onload=alert(1)>"))
                .isFalse();
        assertThat(HttpsLink.isValid("https://")).isFalse();
        assertThat(HttpsLink.isValid("https:/relative")).isFalse();
        assertThat(HttpsLink.isValid("http://meet.example.no")).isFalse();
        assertThat(HttpsLink.isValid("javascript:alert(1)//https://x")).isFalse();
        assertThat(HttpsLink.isValid("https://a b.no")).isFalse();
        assertThat(HttpsLink.isValid(null)).isFalse();
    }

    @Test
    void singleLineReplacesEveryBreak() {
        assertThat(SingleLine.hasBreak("a\u2028b")).isTrue();
        assertThat(SingleLine.hasBreak("ab")).isFalse();
        assertThat(SingleLine.of("a\r\nb\tc")).isEqualTo("a  b c");
    }
}
