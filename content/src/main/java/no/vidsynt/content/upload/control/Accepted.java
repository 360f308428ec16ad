package no.vidsynt.content.upload.control;

import java.util.List;
import no.vidsynt.content.library.entity.ContentKind;

/**
 * An upload that passed every check and is in the content store.
 *
 * @param kind what it is
 * @param mediaType what it is served as
 * @param fileName its normalised name
 * @param sha256 its content address
 * @param size its length
 * @param launchPath for a package, the page to open first; otherwise null
 * @param files for a package, its files (each also in the store); otherwise empty
 */
public record Accepted(
        ContentKind kind,
        String mediaType,
        String fileName,
        String sha256,
        long size,
        String launchPath,
        List<StoredFile> files) {

    /** One stored file of a package. */
    public record StoredFile(String path, String sha256, long size, String mediaType) {}

    public Accepted {
        files = files == null ? List.of() : List.copyOf(files);
    }
}
