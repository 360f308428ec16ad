package no.vidsynt.core.platform.input;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * A web address people may be sent to (a session's video link, say): an absolute https URL with a host, parsed by
 * {@link URI} rather than matched by a pattern, so that quotes, angle brackets and spaces never pass.
 */
public final class HttpsLink {

    private HttpsLink() {}

    /** The address as a URI when it is a valid https URL with a host; empty otherwise (never throws). */
    public static Optional<URI> parse(String text) {
        if (text == null || text.isBlank() || text.length() > 2000) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(text.strip());
            boolean https = "https"
                    .equals(uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT));
            if (!https || uri.getHost() == null || uri.getHost().isBlank() || uri.getRawUserInfo() != null) {
                return Optional.empty();
            }
            return Optional.of(uri);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    public static boolean isValid(String text) {
        return parse(text).isPresent();
    }
}
