package no.vidsynt.content.upload.control;

import java.io.InputStream;
import java.util.List;
import no.vidsynt.content.store.control.ContentStore;

/**
 * The whole way of one upload into the store, without the database: receive (streamed, hashed, size-limited), find out
 * what it is, unpack and check a package, then move everything into the content store. Whatever is refused on the way
 * leaves nothing behind: temporary files are removed and nothing reaches the store before every check passed.
 */
public final class UploadPipeline {

    private UploadPipeline() {}

    public static Accepted accept(InputStream in, String declaredName, ContentStore store, UploadLimits limits) {
        String name = FileInspector.fileName(declaredName);
        Received received = Receiver.receive(in, store.temporaryFolder(), limits.maxUploadBytes());
        UnpackedPackage unpacked = null;
        try {
            Inspected inspected = FileInspector.inspect(received.file(), name);
            if (inspected.kind() == no.vidsynt.content.library.entity.ContentKind.PACKAGE) {
                unpacked = PackageUnpacker.unpack(received.file(), store.temporaryFolder(), limits);
            }
            List<Accepted.StoredFile> files = List.of();
            if (unpacked != null) {
                files = unpacked.files().stream()
                        .map(file -> new Accepted.StoredFile(file.path(), file.sha256(), file.size(), file.mediaType()))
                        .toList();
                for (UnpackedFile file : unpacked.files()) {
                    store.put(file.temp(), file.sha256());
                }
            }
            store.put(received.file(), received.sha256());
            return new Accepted(
                    inspected.kind(),
                    inspected.mediaType(),
                    inspected.fileName(),
                    received.sha256(),
                    received.size(),
                    unpacked == null ? null : unpacked.launchPath(),
                    files);
        } finally {
            Receiver.deleteQuietly(received.file());
            if (unpacked != null) {
                unpacked.discard();
            }
        }
    }
}
