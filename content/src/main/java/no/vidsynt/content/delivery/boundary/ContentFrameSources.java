package no.vidsynt.content.delivery.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import no.vidsynt.content.delivery.control.ContentOrigin;
import no.vidsynt.core.security.boundary.FrameSources;

/** HTML packages play in a frame from the content origin: the app's page policy must allow that one origin. */
@ApplicationScoped
public class ContentFrameSources implements FrameSources {

    @Inject
    ContentOrigin origins;

    @Override
    public Set<String> forApp(String appOrigin) {
        return Set.of(origins.forApp(appOrigin));
    }
}
