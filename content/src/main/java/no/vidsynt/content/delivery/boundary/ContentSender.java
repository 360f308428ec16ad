package no.vidsynt.content.delivery.boundary;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import no.vidsynt.content.delivery.control.ByteRange;
import no.vidsynt.content.store.control.ContentStore;

/**
 * Sends stored content over HTTP: ETag = the SHA-256 (so {@code If-None-Match} answers 304), byte ranges for seeking
 * (206, or 416 for a range beyond the end, honouring {@code If-Range}), {@code nosniff} so a browser never guesses
 * another type, and the caller's caching rule. Streams through a small buffer.
 */
final class ContentSender {

    private ContentSender() {}

    static void send(
            HttpServletRequest request,
            HttpServletResponse response,
            ContentStore store,
            String sha256,
            String mediaType,
            String cacheControl)
            throws IOException {
        long length = store.size(sha256).orElse(-1L);
        if (length < 0) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String etag = "\"" + sha256 + "\"";
        response.setHeader("ETag", etag);
        response.setHeader("Cache-Control", cacheControl);
        response.setHeader("Accept-Ranges", "bytes");
        response.setHeader("X-Content-Type-Options", "nosniff");
        String ifNoneMatch = request.getHeader("If-None-Match");
        if (ifNoneMatch != null
                && (ifNoneMatch.contains(etag) || ifNoneMatch.strip().equals("*"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(mediaType);
        String ifRange = request.getHeader("If-Range");
        ByteRange.Request wanted = ifRange != null && !ifRange.strip().equals(etag)
                ? new ByteRange.Whole()
                : ByteRange.parse(request.getHeader("Range"), length);
        if (wanted instanceof ByteRange.Unsatisfiable) {
            response.setHeader("Content-Range", "bytes */" + length);
            response.setStatus(HttpServletResponse.SC_REQUESTED_RANGE_NOT_SATISFIABLE);
            response.setContentLengthLong(0);
            return;
        }
        ByteRange range = wanted instanceof ByteRange.Partial partial ? partial.range() : new ByteRange(0, length - 1);
        if (wanted instanceof ByteRange.Partial) {
            response.setStatus(HttpServletResponse.SC_PARTIAL_CONTENT);
            response.setHeader("Content-Range", range.contentRange(length));
        }
        response.setContentLengthLong(length == 0 ? 0 : range.length());
        if ("HEAD".equals(request.getMethod()) || length == 0) {
            return;
        }
        try (SeekableByteChannel channel = store.open(sha256)) {
            channel.position(range.first());
            OutputStream out = response.getOutputStream();
            ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
            long remaining = range.length();
            while (remaining > 0) {
                buffer.clear();
                if (remaining < buffer.capacity()) {
                    buffer.limit((int) remaining);
                }
                int read = channel.read(buffer);
                if (read < 0) {
                    break;
                }
                out.write(buffer.array(), 0, read);
                remaining -= read;
            }
        }
    }

    /** The origin a request came in on ({@code scheme://host[:port]}). */
    static String originOf(HttpServletRequest request) {
        return no.vidsynt.content.delivery.control.ContentOrigin.origin(
                request.getScheme(), request.getServerName(), request.getServerPort());
    }
}
