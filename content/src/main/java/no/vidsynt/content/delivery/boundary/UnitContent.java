package no.vidsynt.content.delivery.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import no.vidsynt.content.delivery.control.ContentOrigin;
import no.vidsynt.content.delivery.control.Deliveries;
import no.vidsynt.content.delivery.control.MarkdownDocuments;
import no.vidsynt.content.library.control.Library;
import no.vidsynt.content.library.entity.ContentKind;
import no.vidsynt.core.security.boundary.CurrentPerson;

/**
 * Backs the learner's fragment {@code /content/unit-content.xhtml}: what a content unit shows to the signed-in person
 * (their started version, else the published one), opened once per view with a launch token for completion.
 */
@Named
@ViewScoped
public class UnitContent implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Everything the fragment renders for one unit. */
    public record Delivery(
            long unitId,
            boolean available,
            String kind,
            String title,
            String mediaUrl,
            String captionsUrl,
            String mediaType,
            String packageUrl,
            String token,
            String contentOrigin,
            String markdownHtml,
            boolean completed)
            implements Serializable {

        public boolean isAvailable() {
            return available;
        }

        public boolean isCompleted() {
            return completed;
        }

        public String getKind() {
            return kind;
        }

        public String getTitle() {
            return title;
        }

        public String getMediaUrl() {
            return mediaUrl;
        }

        public String getCaptionsUrl() {
            return captionsUrl;
        }

        public String getMediaType() {
            return mediaType;
        }

        public String getPackageUrl() {
            return packageUrl;
        }

        public String getToken() {
            return token;
        }

        public String getContentOrigin() {
            return contentOrigin;
        }

        public String getMarkdownHtml() {
            return markdownHtml;
        }

        public long getUnitId() {
            return unitId;
        }
    }

    @Inject
    transient Deliveries deliveries;

    @Inject
    transient Library library;

    @Inject
    transient ContentOrigin origins;

    @Inject
    transient MarkdownDocuments markdown;

    @Inject
    transient CurrentPerson currentPerson;

    private final Map<Long, Delivery> opened = new HashMap<>();

    /** The content of a unit (by {@code course_unit} id, a number or its text). */
    public Delivery delivery(Object unitId) {
        Long id = unitId instanceof Number number
                ? Long.valueOf(number.longValue())
                : unitId != null && unitId.toString().matches("\\d{1,18}") ? Long.valueOf(unitId.toString()) : null;
        if (id == null) {
            return new Delivery(0, false, null, null, null, null, null, null, null, null, null, false);
        }
        return opened.computeIfAbsent(id, this::open);
    }

    private Delivery open(long unitId) {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        var person = currentPerson.get().orElseThrow();
        long personId = person.getId();
        String appOrigin = ContentOrigin.origin(request.getScheme(), request.getServerName(), request.getServerPort());
        String contentOrigin = origins.forApp(appOrigin);
        var launch = deliveries.launch(person, unitId, appOrigin, contentOrigin);
        if (launch.isEmpty()) {
            return new Delivery(unitId, false, null, null, null, null, null, null, null, null, null, false);
        }
        var version = library.version(launch.get().getVersionId()).orElseThrow();
        var item = library.item(version.getItemId()).orElseThrow();
        String context = request.getContextPath();
        String mediaUrl = context + "/media/" + version.getId() + "/" + version.getSha256();
        String captionsUrl =
                version.getCaptionsSha256() == null ? null : context + "/media/" + version.getId() + "/captions";
        String packageUrl = item.getKind() == ContentKind.PACKAGE
                ? contentOrigin + "/pkg/" + launch.get().getToken() + "/" + version.getLaunchPath()
                : null;
        String html = item.getKind() == ContentKind.MARKDOWN ? markdown.html(version.getSha256()) : null;
        return new Delivery(
                unitId,
                true,
                item.getKind().name(),
                item.getTitle(),
                mediaUrl,
                captionsUrl,
                version.getMediaType(),
                packageUrl,
                launch.get().getToken(),
                contentOrigin,
                html,
                deliveries.isCompleted(personId, unitId));
    }
}
