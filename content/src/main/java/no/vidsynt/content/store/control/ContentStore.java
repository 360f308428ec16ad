package no.vidsynt.content.store.control;

import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the bytes of content live, addressed by their SHA-256: one copy of each distinct content, whoever uploaded it
 * and however often. Metadata (names, versions, publications) lives in the database, never here. The first
 * implementation is a folder on disk ({@link FolderContentStore}); an object store can replace it behind this interface.
 */
public interface ContentStore {

    /** The folder where uploads are received and unpacked before they are stored (inside the store's reach). */
    Path temporaryFolder();

    /**
     * Moves a received file into the store under its hash. When the store already holds that content the file is
     * deleted instead (deduplication). Afterwards the temporary file is gone either way.
     *
     * @return true when the content was new
     */
    boolean put(Path receivedFile, String sha256);

    boolean contains(String sha256);

    /** The size of a stored content, or empty when the store does not hold it. */
    Optional<Long> size(String sha256);

    /** Opens a stored content for reading from any position (range requests). */
    SeekableByteChannel open(String sha256) throws IOException;

    /** Whether a string is a well-formed content address (64 lower-case hex digits). */
    static boolean isAddress(String sha256) {
        return sha256 != null && sha256.matches("[0-9a-f]{64}");
    }
}
