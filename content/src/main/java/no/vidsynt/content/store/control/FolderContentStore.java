package no.vidsynt.content.store.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The content store as a folder on disk: {@code <root>/objects/ab/cd/<sha256>}, written once and never changed, and
 * {@code <root>/tmp} for uploads in progress (on the same disk, so storing is a rename). The root is
 * {@code vidsynt.content.root} ({@code VIDSYNT_CONTENT_ROOT}), by default {@code <vidsynt.data.dir>/content}.
 */
@ApplicationScoped
public class FolderContentStore implements ContentStore {

    private static final Logger LOG = Logger.getLogger(FolderContentStore.class.getName());

    private Path root;

    public FolderContentStore() {
        // for CDI
    }

    /** A store on the given folder, outside the container (tests, tools). */
    public FolderContentStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
        prepare();
    }

    @PostConstruct
    void configure() {
        var config = ConfigProvider.getConfig();
        Path configured = config.getOptionalValue("vidsynt.content.root", String.class)
                .filter(value -> !value.isBlank())
                .map(Path::of)
                .orElseGet(() -> Path.of(config.getOptionalValue("vidsynt.data.dir", String.class)
                                .orElse("data"))
                        .resolve("content"));
        root = configured.toAbsolutePath().normalize();
        prepare();
        LOG.info(() -> "Content store in " + root);
    }

    /** Creates the folders and removes uploads that a crash left half-received. */
    private void prepare() {
        try {
            Files.createDirectories(root.resolve("objects"));
            Files.createDirectories(temporaryFolder());
            try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(temporaryFolder())) {
                for (Path leftover : leftovers) {
                    if (Files.isRegularFile(leftover)) {
                        Files.deleteIfExists(leftover);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The content store cannot use " + root, e);
        }
    }

    public Path root() {
        return root;
    }

    @Override
    public Path temporaryFolder() {
        return root.resolve("tmp");
    }

    @Override
    public boolean put(Path receivedFile, String sha256) {
        Path target = pathOf(sha256);
        try {
            if (Files.exists(target)) {
                Files.delete(receivedFile);
                return false;
            }
            Files.createDirectories(target.getParent());
            try {
                Files.move(receivedFile, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(receivedFile, target);
            } catch (FileAlreadyExistsException e) {
                Files.delete(receivedFile);
                return false;
            }
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public boolean contains(String sha256) {
        return ContentStore.isAddress(sha256) && Files.isRegularFile(pathOf(sha256));
    }

    @Override
    public Optional<Long> size(String sha256) {
        if (!contains(sha256)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.size(pathOf(sha256)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    @Override
    public SeekableByteChannel open(String sha256) throws IOException {
        return Files.newByteChannel(pathOf(sha256), StandardOpenOption.READ);
    }

    private Path pathOf(String sha256) {
        if (!ContentStore.isAddress(sha256)) {
            throw new IllegalArgumentException("Not a content address: " + sha256);
        }
        return root.resolve("objects")
                .resolve(sha256.substring(0, 2))
                .resolve(sha256.substring(2, 4))
                .resolve(sha256);
    }
}
