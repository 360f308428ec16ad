package no.vidsynt.content.upload.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Streams an upload to a temporary file while hashing and counting it, so that a file of any size passes through a
 * small buffer and never sits in memory. Stops as soon as the limit is passed and leaves nothing behind then.
 */
public final class Receiver {

    private static final int BUFFER = 64 * 1024;

    private Receiver() {}

    public static Received receive(InputStream in, Path tempDirectory, long maxBytes) {
        Path file = null;
        try {
            Files.createDirectories(tempDirectory);
            file = Files.createTempFile(tempDirectory, "upload-", ".part");
            MessageDigest sha256 = sha256();
            long size = 0;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(file), sha256)) {
                byte[] buffer = new byte[BUFFER];
                int read;
                while ((read = in.read(buffer)) != -1) {
                    size += read;
                    if (size > maxBytes) {
                        throw new UploadRejected(UploadRejected.Reason.TOO_LARGE, Sizes.readable(maxBytes));
                    }
                    out.write(buffer, 0, read);
                }
            }
            if (size == 0) {
                throw new UploadRejected(UploadRejected.Reason.EMPTY, "");
            }
            return new Received(file, HexFormat.of().formatHex(sha256.digest()), size);
        } catch (IOException e) {
            deleteQuietly(file);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            deleteQuietly(file);
            throw e;
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }

    public static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // best effort: the temporary folder is also cleaned at start-up
            }
        }
    }
}
