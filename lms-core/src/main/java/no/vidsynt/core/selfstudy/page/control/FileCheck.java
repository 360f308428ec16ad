package no.vidsynt.core.selfstudy.page.control;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * Which kinds of file a page may carry, decided by the file's first bytes (what the browser claims is not trusted):
 * PNG, JPEG, GIF and WebP images and PDF documents, at most {@value #MAX_BYTES} bytes.
 */
public final class FileCheck {

    public static final int MAX_BYTES = 5 * 1024 * 1024;

    private FileCheck() {}

    /** The content type of an allowed file, or empty when the bytes are none of the allowed kinds. */
    public static Optional<String> contentType(byte[] data) {
        if (data == null || data.length < 12) {
            return Optional.empty();
        }
        if (startsWith(data, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})) {
            return Optional.of("image/png");
        }
        if (startsWith(data, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return Optional.of("image/jpeg");
        }
        if (startsWith(data, "GIF87a".getBytes(StandardCharsets.US_ASCII))
                || startsWith(data, "GIF89a".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of("image/gif");
        }
        if (startsWith(data, "RIFF".getBytes(StandardCharsets.US_ASCII))
                && Arrays.equals(Arrays.copyOfRange(data, 8, 12), "WEBP".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of("image/webp");
        }
        if (startsWith(data, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of("application/pdf");
        }
        return Optional.empty();
    }

    public static boolean isImage(String contentType) {
        return contentType.startsWith("image/");
    }

    /** A file name safe for a Content-Disposition header and for showing: no path, no control or quote characters. */
    public static String safeName(String name) {
        String base = name == null ? "" : name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1)
                .replaceAll("[\\p{Cntrl}\";]", "")
                .strip();
        if (base.isEmpty()) {
            base = "fil";
        }
        return base.length() > 200 ? base.substring(base.length() - 200) : base;
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        return data.length >= prefix.length && Arrays.equals(Arrays.copyOf(data, prefix.length), prefix);
    }
}
