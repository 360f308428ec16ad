package no.vidsynt.content.upload.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.InputStream;
import no.vidsynt.content.library.control.ContentAccess;
import no.vidsynt.content.library.control.Library;
import no.vidsynt.content.library.entity.ContentKind;
import no.vidsynt.content.library.entity.ContentVersion;
import no.vidsynt.content.store.control.ContentStore;
import no.vidsynt.core.people.entity.Person;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Takes uploads from the browser and the API alike: streams them through the checks into the content store (outside
 * any transaction: a 2 GB upload must not hold one open), then records the version in one short transaction.
 */
@ApplicationScoped
public class Intake {

    @Inject
    ContentStore store;

    @Inject
    Library library;

    @Inject
    ContentAccess access;

    @Inject
    @ConfigProperty(name = "vidsynt.content.max-upload-bytes", defaultValue = "4294967296")
    long maxUploadBytes;

    @Inject
    @ConfigProperty(name = "vidsynt.content.max-entries", defaultValue = "10000")
    int maxEntries;

    @Inject
    @ConfigProperty(name = "vidsynt.content.max-unpacked-bytes", defaultValue = "2147483648")
    long maxUnpackedBytes;

    @Inject
    @ConfigProperty(name = "vidsynt.content.max-path-length", defaultValue = "400")
    int maxPathLength;

    @Inject
    @ConfigProperty(name = "vidsynt.content.max-compression-ratio", defaultValue = "200")
    int maxCompressionRatio;

    public UploadLimits limits() {
        return new UploadLimits(maxUploadBytes, maxEntries, maxUnpackedBytes, maxPathLength, maxCompressionRatio);
    }

    /**
     * A new item, or a new version of {@code itemId}, optionally with captions (for a video).
     *
     * @throws UploadRejected when a check refuses the file (nothing is kept then)
     */
    public ContentVersion upload(
            InputStream file,
            String fileName,
            InputStream captions,
            String captionsName,
            String title,
            Long itemId,
            Person actor) {
        if (itemId != null) {
            access.item(actor, itemId);
        }
        Accepted accepted = UploadPipeline.accept(file, fileName, store, limits());
        String captionsSha = null;
        if (captions != null) {
            if (accepted.kind() != ContentKind.VIDEO) {
                throw new UploadRejected(UploadRejected.Reason.NOT_CAPTIONS, "");
            }
            captionsSha = captions(captions, captionsName);
        }
        return library.record(accepted, title, itemId, captionsSha, actor.getUsername());
    }

    /** Adds captions to a video: a new version with the same video. */
    public ContentVersion addCaptions(long itemId, InputStream captions, String captionsName, Person actor) {
        access.item(actor, itemId);
        return library.addCaptions(itemId, captions(captions, captionsName), actor.getUsername());
    }

    private String captions(InputStream captions, String name) {
        Accepted accepted = UploadPipeline.accept(captions, name, store, limits());
        if (accepted.kind() != ContentKind.CAPTIONS) {
            throw new UploadRejected(UploadRejected.Reason.NOT_CAPTIONS, UploadRejected.shown(accepted.fileName()));
        }
        return accepted.sha256();
    }
}
