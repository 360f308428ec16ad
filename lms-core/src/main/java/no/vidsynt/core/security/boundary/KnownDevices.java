package no.vidsynt.core.security.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Browsers in which a person has signed in before. After a successful sign-in the browser gets a signed cookie naming
 * the account; while an account waits after repeated failures, a sign-in from such a browser is still checked, so a
 * guesser elsewhere cannot lock the owner out. The cookie holds no secret of the account: it is an HMAC over the
 * username and an expiry with a server key ({@code vidsynt.security.device-key}; without it a random key per start,
 * so the cookies then last until the next restart).
 */
@ApplicationScoped
public class KnownDevices {

    static final String COOKIE = "vidsynt_device";
    static final Duration LIFETIME = Duration.ofDays(180);
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private byte[] key;
    private Clock clock = Clock.systemUTC();

    @Inject
    void configure(@ConfigProperty(name = "vidsynt.security.device-key") Optional<String> configured) {
        key = configured
                .filter(value -> value.length() >= 16)
                .map(value -> value.getBytes(StandardCharsets.UTF_8))
                .orElseGet(() -> {
                    byte[] random = new byte[32];
                    new SecureRandom().nextBytes(random);
                    return random;
                });
    }

    /** Whether the request comes from a browser in which this username signed in before. */
    public boolean isKnown(HttpServletRequest request, String username) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null || username == null) {
            return false;
        }
        for (Cookie cookie : cookies) {
            if (COOKIE.equals(cookie.getName()) && valid(cookie.getValue(), username.trim())) {
                return true;
            }
        }
        return false;
    }

    /** Marks the browser as one in which this username signed in. */
    public void remember(HttpServletRequest request, HttpServletResponse response, String username) {
        Cookie cookie = new Cookie(
                COOKIE, token(username, clock.instant().plus(LIFETIME).getEpochSecond()));
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge((int) LIFETIME.toSeconds());
        cookie.setAttribute("SameSite", "Strict");
        response.addCookie(cookie);
    }

    String token(String username, long expires) {
        String payload = ENCODER.encodeToString(username.getBytes(StandardCharsets.UTF_8)) + "." + expires;
        return payload + "." + ENCODER.encodeToString(mac(payload));
    }

    boolean valid(String token, String username) {
        String[] parts = token == null ? new String[0] : token.split("\\.");
        if (parts.length != 3) {
            return false;
        }
        String payload = parts[0] + "." + parts[1];
        try {
            boolean signed = MessageDigest.isEqual(Base64.getUrlDecoder().decode(parts[2]), mac(payload));
            boolean same = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8).equals(username);
            return signed && same && Long.parseLong(parts[1]) > clock.instant().getEpochSecond();
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    private byte[] mac(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing", e);
        }
    }
}
