package no.vidsynt.content.library.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import no.vidsynt.content.delivery.control.ContentOrigin;
import no.vidsynt.content.delivery.control.Deliveries;
import no.vidsynt.content.delivery.control.MarkdownDocuments;
import no.vidsynt.content.library.control.ContentAccess;
import no.vidsynt.content.library.control.Library;
import no.vidsynt.content.library.entity.ContentItem;
import no.vidsynt.content.library.entity.ContentKind;
import no.vidsynt.content.library.entity.ContentVersion;
import no.vidsynt.content.upload.boundary.ContentTexts;
import no.vidsynt.content.upload.control.Intake;
import no.vidsynt.content.upload.control.Sizes;
import no.vidsynt.content.upload.control.UploadRejected;
import no.vidsynt.core.platform.Refusal;
import no.vidsynt.core.security.boundary.CurrentPerson;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/** Backs {@code /content/library.xhtml}: upload, search, preview, versions, publish, roll back, where used. */
@Named
@ViewScoped
public class LibraryPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Library library;

    @Inject
    transient ContentAccess access;

    @Inject
    transient Intake intake;

    @Inject
    transient Deliveries deliveries;

    @Inject
    transient ContentOrigin origins;

    @Inject
    transient MarkdownDocuments markdown;

    @Inject
    transient CurrentPerson currentPerson;

    private String query;
    private Long selectedId;
    private Long unitToPublish;
    private transient List<Library.ItemSummary> items;
    private transient List<Library.UnitChoice> units;

    public List<Library.ItemSummary> getItems() {
        if (items == null) {
            items = library.search(query, access.ownerFilter(currentPerson.require()));
        }
        return items;
    }

    public void search() {
        items = null;
    }

    public void select(long itemId) {
        selectedId = library.item(itemId)
                .filter(item -> access.mayUse(currentPerson.require(), item))
                .map(ContentItem::getId)
                .orElse(null);
        unitToPublish = null;
    }

    public void close() {
        selectedId = null;
    }

    public ContentItem getSelected() {
        return selectedId == null
                ? null
                : library.item(selectedId)
                        .filter(item -> access.mayUse(currentPerson.require(), item))
                        .orElse(null);
    }

    public List<ContentVersion> getVersions() {
        return getSelected() == null ? List.of() : library.versions(selectedId);
    }

    public ContentVersion getLatest() {
        List<ContentVersion> versions = getVersions();
        return versions.isEmpty() ? null : versions.get(0);
    }

    public List<Library.Usage> getUsage() {
        return getSelected() == null ? List.of() : library.usage(selectedId);
    }

    public List<Library.UnitChoice> getUnits() {
        if (units == null) {
            units = library.contentUnits(currentPerson.require());
        }
        return units;
    }

    public String getMaxUpload() {
        return Sizes.readable(intake.limits().maxUploadBytes());
    }

    public String size(long bytes) {
        return Sizes.readable(bytes);
    }

    public String mediaUrl(ContentVersion version) {
        return request().getContextPath() + "/media/" + version.getId() + "/" + version.getSha256();
    }

    public String captionsUrl(ContentVersion version) {
        return request().getContextPath() + "/media/" + version.getId() + "/captions";
    }

    public String markdownHtml(ContentVersion version) {
        return markdown.html(version.getSha256());
    }

    /** A preview of a package version on the content origin (an author's launch, which reports nothing). */
    public String previewUrl(ContentVersion version) {
        HttpServletRequest request = request();
        String appOrigin = ContentOrigin.origin(request.getScheme(), request.getServerName(), request.getServerPort());
        String contentOrigin = origins.forApp(appOrigin);
        var launch = deliveries.preview(currentPerson.require(), version.getId(), appOrigin, contentOrigin);
        return contentOrigin + "/pkg/" + launch.getToken() + "/" + version.getLaunchPath();
    }

    /** One file of a (multi-file, drag-and-drop) upload: a new item, or a new version of the open one. */
    public void upload(FileUploadEvent event) {
        receive(event.getFile(), null);
    }

    public void uploadVersion(FileUploadEvent event) {
        receive(event.getFile(), selectedId);
    }

    public void uploadCaptions(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        try (InputStream in = file.getInputStream()) {
            ContentVersion version = intake.addCaptions(selectedId, in, file.getFileName(), currentPerson.require());
            info("upload.captionsDone", version.getVersionNo());
        } catch (UploadRejected rejected) {
            error(ContentTexts.rejection(locale(), file.getFileName(), rejected));
        } catch (Refusal refused) {
            error(refused.message(locale()));
        } catch (IOException e) {
            error(e.getMessage());
        } finally {
            items = null;
        }
    }

    private void receive(UploadedFile file, Long itemId) {
        try (InputStream in = file.getInputStream()) {
            ContentVersion version =
                    intake.upload(in, file.getFileName(), null, null, null, itemId, currentPerson.require());
            info("upload.done", version.getFileName(), version.getVersionNo());
            if (itemId == null) {
                selectedId = version.getItemId();
            }
        } catch (UploadRejected rejected) {
            error(ContentTexts.rejection(locale(), file.getFileName(), rejected));
        } catch (Refusal refused) {
            error(refused.message(locale()));
        } catch (IOException e) {
            error(e.getMessage());
        } finally {
            items = null;
            try {
                file.delete();
            } catch (IOException ignored) {
                // the container removes its spooled parts at the end of the request anyway
            }
        }
    }

    public void publish(ContentVersion version) {
        if (unitToPublish == null) {
            FacesContext.getCurrentInstance()
                    .addMessage(
                            "item:publishUnit",
                            new FacesMessage(
                                    FacesMessage.SEVERITY_ERROR, ContentTexts.get(locale(), "publish.choose"), null));
            return;
        }
        try {
            access.item(currentPerson.require(), version.getItemId());
            access.requireAuthoring(currentPerson.require(), unitToPublish);
            library.publish(version.getId(), unitToPublish, actor());
            String unit = getUnits().stream()
                    .filter(u -> u.id() == unitToPublish)
                    .map(Library.UnitChoice::title)
                    .findFirst()
                    .orElse("#" + unitToPublish);
            info("publish.done", version.getVersionNo(), unit);
        } catch (Refusal refused) {
            error(refused.message(locale()));
        }
        items = null;
    }

    public void rollback(Library.Usage usage) {
        try {
            access.requireAuthoring(currentPerson.require(), usage.unitId());
            var publication = library.rollback(usage.unitId(), actor());
            info("rollback.done", usage.unitTitle(), publication.versionNo());
        } catch (Refusal refused) {
            error(refused.message(locale()));
        }
    }

    /**
     * A text with one value filled in by {@link java.text.MessageFormat} (plural choices, numbers in the page's
     * language), never by string replacement in the page.
     */
    public String message(String key, Object value) {
        return ContentTexts.get(locale(), key, value);
    }

    public String kindLabel(ContentKind kind) {
        return ContentTexts.get(locale(), "kind." + kind.name());
    }

    private String actor() {
        return FacesContext.getCurrentInstance()
                .getExternalContext()
                .getUserPrincipal()
                .getName();
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    private static void info(String key, Object... arguments) {
        FacesContext.getCurrentInstance()
                .addMessage(
                        null,
                        new FacesMessage(FacesMessage.SEVERITY_INFO, ContentTexts.get(locale(), key, arguments), null));
    }

    private static void error(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public Long getSelectedId() {
        return selectedId;
    }

    public Long getUnitToPublish() {
        return unitToPublish;
    }

    public void setUnitToPublish(Long unitToPublish) {
        this.unitToPublish = unitToPublish;
    }
}
