package no.vidsynt.core.security.boundary;

import java.util.Set;

/**
 * Origins besides the app's own that its pages may show in a frame (a feature module with content on another
 * origin names it here). The page policy of {@link SecurityHeaders} allows these and nothing else.
 */
public interface FrameSources {

    /** The origins ({@code scheme://host[:port]}) frames may come from, for a page served on {@code appOrigin}. */
    Set<String> forApp(String appOrigin);
}
