package no.vidsynt.core.security.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The small rules of the security boundary: return addresses, start pages, same-origin checks, device cookies. */
class SecurityBoundaryTest {

    @Test
    void onlyPathsInsideThePlatformAreReturnAddresses() {
        assertThat(SignInAddress.safeReturn("/sessions/upcoming.xhtml?id=3")).hasValue("/sessions/upcoming.xhtml?id=3");
        assertThat(SignInAddress.safeReturn("https://evil.example/")).isEmpty();
        assertThat(SignInAddress.safeReturn("//evil.example/")).isEmpty();
        assertThat(SignInAddress.safeReturn("/\\evil.example")).isEmpty();
        assertThat(SignInAddress.safeReturn("/x\r\nSet-Cookie: a=b")).isEmpty();
        assertThat(SignInAddress.safeReturn("/login.xhtml")).isEmpty();
        assertThat(SignInAddress.safeReturn(null)).isEqualTo(Optional.empty());
    }

    @Test
    void eachRoleStartsOnItsOwnPage() {
        assertThat(LandingPage.forGroups(Set.of("learner"))).isEqualTo("/learning/my.xhtml");
        assertThat(LandingPage.forGroups(Set.of("trainer"))).isEqualTo("/sessions/trainer.xhtml");
        assertThat(LandingPage.forGroups(Set.of("author"))).isEqualTo("/author/courses.xhtml");
        assertThat(LandingPage.forGroups(Set.of("leader", "learner"))).isEqualTo("/leader/overview.xhtml");
        assertThat(LandingPage.forGroups(Set.of("admin", "trainer"))).isEqualTo("/admin/users.xhtml");
        assertThat(LandingPage.forGroups(Set.of())).isEqualTo("/");
    }

    @Test
    void sameOriginMeansSameHostAndPort() {
        assertThat(CrossSiteRequestGuard.sameHost("http://localhost:8080", "localhost:8080"))
                .isTrue();
        assertThat(CrossSiteRequestGuard.sameHost("https://vidsynt.example/page", "vidsynt.example"))
                .isTrue();
        assertThat(CrossSiteRequestGuard.sameHost("http://localhost:9090", "localhost:8080"))
                .isFalse();
        assertThat(CrossSiteRequestGuard.sameHost("http://127.0.0.1:8080", "localhost:8080"))
                .isFalse();
        assertThat(CrossSiteRequestGuard.sameHost("null", "localhost:8080")).isFalse();
        assertThat(CrossSiteRequestGuard.sameHost("http://evil.example", null)).isFalse();
    }

    @Test
    void aDeviceCookieIsValidOnlyForItsUsernameUnchangedAndUnexpired() {
        KnownDevices devices = new KnownDevices();
        devices.configure(Optional.of("a-test-key-of-enough-length"));
        long future = java.time.Instant.now().getEpochSecond() + 3600;
        String token = devices.token("leif", future);
        assertThat(devices.valid(token, "leif")).isTrue();
        assertThat(devices.valid(token, "ada")).isFalse();
        assertThat(devices.valid(devices.token("leif", future - 7200), "leif"))
                .as("expired")
                .isFalse();
        assertThat(devices.valid(token.substring(0, token.length() - 2) + "xx", "leif"))
                .as("tampered")
                .isFalse();
        assertThat(devices.valid("garbage", "leif")).isFalse();
    }
}
