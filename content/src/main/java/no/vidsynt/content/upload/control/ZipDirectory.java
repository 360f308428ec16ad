package no.vidsynt.content.upload.control;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import no.vidsynt.content.upload.control.UploadRejected.Reason;

/**
 * Reads a zip file's central directory itself, because {@code java.util.zip} hides what must be checked before
 * anything is unpacked: the Unix mode in the external attributes (symbolic links), encryption and the Zip64 markers.
 * Reads only the directory, so a huge archive costs nothing here.
 */
public final class ZipDirectory {

    /** One entry as the central directory describes it. */
    public record Entry(
            String name,
            boolean folder,
            boolean symlink,
            boolean special,
            boolean encrypted,
            long compressedSize,
            long size) {}

    private static final int END_SIGNATURE = 0x06054b50;
    private static final int CENTRAL_SIGNATURE = 0x02014b50;
    private static final int ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
    private static final int ZIP64_END_SIGNATURE = 0x06064b50;
    private static final int UNIX = 3;
    private static final int TYPE_MASK = 0170000;
    private static final int SYMLINK = 0120000;
    private static final int REGULAR = 0100000;
    private static final int DIRECTORY = 0040000;
    private static final Charset CP437 = Charset.forName("IBM437");

    private ZipDirectory() {}

    public static List<Entry> read(Path zip, int maxEntries) {
        try (FileChannel channel = FileChannel.open(zip, StandardOpenOption.READ)) {
            long size = channel.size();
            int tailLength = (int) Math.min(size, 22 + 65535);
            ByteBuffer tail = readAt(channel, size - tailLength, tailLength);
            int end = -1;
            for (int i = tailLength - 22; i >= 0; i--) {
                if (tail.getInt(i) == END_SIGNATURE) {
                    end = i;
                    break;
                }
            }
            if (end < 0) {
                throw new UploadRejected(Reason.MALFORMED_ARCHIVE, "");
            }
            int disk = Short.toUnsignedInt(tail.getShort(end + 4));
            int count = Short.toUnsignedInt(tail.getShort(end + 10));
            long directorySize = Integer.toUnsignedLong(tail.getInt(end + 12));
            long directoryOffset = Integer.toUnsignedLong(tail.getInt(end + 16));
            if (disk == 0
                    && (count == 0xFFFF || directoryOffset == 0xFFFFFFFFL)
                    && zip64Entries(channel, size - tailLength + end) > maxEntries) {
                // a ZIP64 archive keeps its real count elsewhere: say what is wrong with it, not that it is unreadable
                throw new UploadRejected(Reason.TOO_MANY_ENTRIES, Integer.toString(maxEntries));
            }
            if (disk != 0 || count == 0xFFFF || directoryOffset == 0xFFFFFFFFL) {
                throw new UploadRejected(Reason.MALFORMED_ARCHIVE, "zip64");
            }
            if (count > maxEntries) {
                throw new UploadRejected(Reason.TOO_MANY_ENTRIES, Integer.toString(maxEntries));
            }
            if (directoryOffset + directorySize > size || directorySize > 64L * 1024 * 1024) {
                throw new UploadRejected(Reason.MALFORMED_ARCHIVE, "");
            }
            ByteBuffer directory = readAt(channel, directoryOffset, (int) directorySize);
            List<Entry> entries = new ArrayList<>(count);
            int at = 0;
            for (int n = 0; n < count; n++) {
                if (at + 46 > directorySize || directory.getInt(at) != CENTRAL_SIGNATURE) {
                    throw new UploadRejected(Reason.MALFORMED_ARCHIVE, "");
                }
                int madeBy = Short.toUnsignedInt(directory.getShort(at + 4)) >> 8;
                int flags = Short.toUnsignedInt(directory.getShort(at + 8));
                long compressed = Integer.toUnsignedLong(directory.getInt(at + 20));
                long uncompressed = Integer.toUnsignedLong(directory.getInt(at + 24));
                int nameLength = Short.toUnsignedInt(directory.getShort(at + 28));
                int extraLength = Short.toUnsignedInt(directory.getShort(at + 30));
                int commentLength = Short.toUnsignedInt(directory.getShort(at + 32));
                long external = Integer.toUnsignedLong(directory.getInt(at + 38));
                if (compressed == 0xFFFFFFFFL || uncompressed == 0xFFFFFFFFL || at + 46 + nameLength > directorySize) {
                    throw new UploadRejected(Reason.MALFORMED_ARCHIVE, "zip64");
                }
                byte[] rawName = new byte[nameLength];
                directory.get(at + 46, rawName);
                String name = decode(rawName, (flags & 0x800) != 0);
                int mode = (int) (external >>> 16) & TYPE_MASK;
                boolean unix = madeBy == UNIX && mode != 0;
                boolean folder = name.endsWith("/") || (unix && mode == DIRECTORY) || (external & 0x10) != 0;
                entries.add(new Entry(
                        name,
                        folder,
                        unix && mode == SYMLINK,
                        unix && mode != SYMLINK && mode != REGULAR && mode != DIRECTORY,
                        (flags & 1) != 0,
                        compressed,
                        uncompressed));
                at += 46 + nameLength + extraLength + commentLength;
            }
            return entries;
        } catch (IOException e) {
            throw new UploadRejected(Reason.MALFORMED_ARCHIVE, "");
        }
    }

    /**
     * The entry count of a ZIP64 archive, from its ZIP64 end record (found through the locator just before the classic
     * end record); -1 when there is none to read.
     */
    private static long zip64Entries(FileChannel channel, long endPosition) throws IOException {
        if (endPosition < 20) {
            return -1;
        }
        ByteBuffer locator = readAt(channel, endPosition - 20, 20);
        if (locator.getInt(0) != ZIP64_LOCATOR_SIGNATURE) {
            return -1;
        }
        long recordOffset = locator.getLong(8);
        if (recordOffset < 0 || recordOffset + 56 > endPosition - 20) {
            return -1;
        }
        ByteBuffer record = readAt(channel, recordOffset, 56);
        return record.getInt(0) == ZIP64_END_SIGNATURE ? record.getLong(32) : -1;
    }

    private static String decode(byte[] raw, boolean utf8) {
        if (!utf8) {
            return new String(raw, CP437);
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(raw))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new UploadRejected(Reason.BAD_ENTRY_NAME, "");
        }
    }

    private static ByteBuffer readAt(FileChannel channel, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                throw new UploadRejected(Reason.MALFORMED_ARCHIVE, "");
            }
        }
        return buffer.flip();
    }
}
