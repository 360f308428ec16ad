package no.vidsynt.content.store.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import no.vidsynt.content.upload.control.Received;
import no.vidsynt.content.upload.control.Receiver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderContentStoreTest {

    @TempDir
    Path root;

    @Test
    void contentIsAddressedByItsSha256() throws IOException {
        var store = new FolderContentStore(root);
        Received received = receive(store, "hei");
        assertThat(received.sha256()).isEqualTo(sha("hei")).hasSize(64);
        assertThat(store.put(received.file(), received.sha256())).isTrue();
        assertThat(store.contains(received.sha256())).isTrue();
        assertThat(store.size(received.sha256())).contains(3L);
        assertThat(root.resolve("objects")
                        .resolve(received.sha256().substring(0, 2))
                        .resolve(received.sha256().substring(2, 4))
                        .resolve(received.sha256()))
                .hasContent("hei");
        try (SeekableByteChannel channel = store.open(received.sha256())) {
            ByteBuffer buffer = ByteBuffer.allocate(2);
            channel.position(1).read(buffer);
            assertThat(new String(buffer.array(), StandardCharsets.UTF_8)).isEqualTo("ei");
        }
    }

    @Test
    void theSameContentIsStoredOnce() throws IOException {
        var store = new FolderContentStore(root);
        Received first = receive(store, "samme innhold");
        Received second = receive(store, "samme innhold");
        assertThat(store.put(first.file(), first.sha256())).isTrue();
        assertThat(store.put(second.file(), second.sha256())).isFalse();
        assertThat(second.file()).doesNotExist();
        try (Stream<Path> files = Files.walk(root.resolve("objects"))) {
            assertThat(files.filter(Files::isRegularFile).count()).isEqualTo(1);
        }
        assertThat(store.temporaryFolder()).isEmptyDirectory();
    }

    @Test
    void onlyWellFormedAddressesAreAccepted() {
        var store = new FolderContentStore(root);
        assertThat(store.contains("../../etc/passwd")).isFalse();
        assertThat(store.size("ABC")).isEmpty();
        assertThatThrownBy(() -> store.open("../x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void halfReceivedUploadsAreRemovedAtStart() throws IOException {
        var store = new FolderContentStore(root);
        Files.writeString(store.temporaryFolder().resolve("upload-1.part"), "halv");
        new FolderContentStore(root);
        assertThat(store.temporaryFolder()).isEmptyDirectory();
    }

    private static Received receive(ContentStore store, String text) {
        return Receiver.receive(
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), store.temporaryFolder(), 1000);
    }

    private static String sha(String text) {
        try {
            return java.util.HexFormat.of()
                    .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                            .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
