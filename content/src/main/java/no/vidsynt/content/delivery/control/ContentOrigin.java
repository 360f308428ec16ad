package no.vidsynt.content.delivery.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The separate origin HTML packages are served from, so that their scripts cannot read the app's cookie, call its API
 * as the learner or reach its pages. {@code vidsynt.content.origin} ({@code VIDSYNT_CONTENT_ORIGIN}, for example
 * {@code https://content.vidsynt.example}) names it; both host names must reach this server. Without it the origin is
 * derived from the request: {@code localhost} and {@code 127.0.0.1} swap (two origins on one machine, as in the tests),
 * any other host gets {@code content.} in front. The app origin that may frame packages is the reverse, or
 * {@code vidsynt.content.app-origin} when set.
 */
@ApplicationScoped
public class ContentOrigin {

    @Inject
    @ConfigProperty(name = "vidsynt.content.origin")
    Optional<String> configured;

    @Inject
    @ConfigProperty(name = "vidsynt.content.app-origin")
    Optional<String> configuredApp;

    /** Origins this server derived as content origins for an app origin (only without a configured one). */
    private final Set<String> derivedContent = ConcurrentHashMap.newKeySet();
    /** Origins the app was used on when it derived a content origin: these stay app origins. */
    private final Set<String> usedAsApp = ConcurrentHashMap.newKeySet();

    /** The content origin for a request that came to the app as {@code scheme://host:port}. */
    public String forApp(String appOrigin) {
        Optional<String> dedicated = dedicated();
        if (dedicated.isPresent()) {
            return dedicated.get();
        }
        String content = derive(appOrigin);
        usedAsApp.add(appOrigin.toLowerCase(Locale.ROOT));
        derivedContent.add(content.toLowerCase(Locale.ROOT));
        return content;
    }

    /**
     * Whether requests to this origin may get package files only, never the app's pages, API or media: the configured
     * content origin; without one, a {@code content.} host, and a loopback name this server handed out as the content
     * origin of the other (as long as the app itself was not used on it).
     */
    public boolean servesContentOnly(String requestOrigin) {
        String origin = requestOrigin.toLowerCase(Locale.ROOT);
        Optional<String> dedicated = dedicated();
        if (dedicated.isPresent()) {
            return dedicated.get().equalsIgnoreCase(origin);
        }
        String host = URI.create(origin).getHost();
        return host != null && host.startsWith("content.")
                || derivedContent.contains(origin) && !usedAsApp.contains(origin);
    }

    /** The app origin that may embed packages served on {@code contentOrigin}. */
    public String appFor(String contentOrigin) {
        return configuredApp
                .filter(value -> !value.isBlank())
                .map(ContentOrigin::trimmed)
                .orElseGet(() -> reverse(contentOrigin));
    }

    /** Whether a configured, dedicated content origin is set (then the app refuses its pages there). */
    public Optional<String> dedicated() {
        return configured.filter(value -> !value.isBlank()).map(ContentOrigin::trimmed);
    }

    static String derive(String appOrigin) {
        URI uri = URI.create(appOrigin);
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        String contentHost = switch (host) {
            case "127.0.0.1" -> "localhost";
            case "localhost" -> "127.0.0.1";
            default -> "content." + host;
        };
        return origin(uri.getScheme(), contentHost, uri.getPort());
    }

    static String reverse(String contentOrigin) {
        URI uri = URI.create(contentOrigin);
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        String appHost = switch (host) {
            case "127.0.0.1" -> "localhost";
            case "localhost" -> "127.0.0.1";
            default -> host.startsWith("content.") ? host.substring("content.".length()) : host;
        };
        return origin(uri.getScheme(), appHost, uri.getPort());
    }

    public static String origin(String scheme, String host, int port) {
        boolean defaultPort = port < 0 || "http".equals(scheme) && port == 80 || "https".equals(scheme) && port == 443;
        return scheme + "://" + host + (defaultPort ? "" : ":" + port);
    }

    private static String trimmed(String origin) {
        return origin.endsWith("/") ? origin.substring(0, origin.length() - 1) : origin;
    }
}
