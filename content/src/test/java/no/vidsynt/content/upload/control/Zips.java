package no.vidsynt.content.upload.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Builds zip files for tests, including ones java.util.zip refuses to write (raw names, symlinks, duplicates). */
final class Zips {

    /** One raw entry: stored (not compressed), with full control over the header fields that matter. */
    record Raw(byte[] name, byte[] data, int flags, int madeBy, long external) {
        static Raw file(String name, String data) {
            return new Raw(
                    name.getBytes(StandardCharsets.UTF_8),
                    data.getBytes(StandardCharsets.UTF_8),
                    0x800,
                    3 << 8 | 20,
                    0100644L << 16);
        }

        static Raw symlink(String name, String target) {
            return new Raw(
                    name.getBytes(StandardCharsets.UTF_8),
                    target.getBytes(StandardCharsets.UTF_8),
                    0x800,
                    3 << 8 | 20,
                    0120777L << 16);
        }
    }

    private Zips() {}

    /** A zip written by java.util.zip (deflated), names as given. */
    static byte[] deflated(Object... namesAndContents) {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                zip.putNextEntry(new ZipEntry((String) namesAndContents[i]));
                Object content = namesAndContents[i + 1];
                zip.write(content instanceof byte[] b ? b : content.toString().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A zip written byte by byte, entries stored. */
    static byte[] raw(Raw... entries) {
        var out = new ByteArrayOutputStream();
        List<Integer> offsets = new ArrayList<>();
        for (Raw entry : entries) {
            offsets.add(out.size());
            CRC32 crc = new CRC32();
            crc.update(entry.data());
            ByteBuffer local = le(30 + entry.name().length);
            local.putInt(0x04034b50)
                    .putShort((short) 20)
                    .putShort((short) entry.flags())
                    .putShort((short) 0)
                    .putShort((short) 0)
                    .putShort((short) 0)
                    .putInt((int) crc.getValue())
                    .putInt(entry.data().length)
                    .putInt(entry.data().length)
                    .putShort((short) entry.name().length)
                    .putShort((short) 0)
                    .put(entry.name());
            out.writeBytes(local.array());
            out.writeBytes(entry.data());
        }
        int directoryStart = out.size();
        for (int i = 0; i < entries.length; i++) {
            Raw entry = entries[i];
            CRC32 crc = new CRC32();
            crc.update(entry.data());
            ByteBuffer central = le(46 + entry.name().length);
            central.putInt(0x02014b50)
                    .putShort((short) entry.madeBy())
                    .putShort((short) 20)
                    .putShort((short) entry.flags())
                    .putShort((short) 0)
                    .putShort((short) 0)
                    .putShort((short) 0)
                    .putInt((int) crc.getValue())
                    .putInt(entry.data().length)
                    .putInt(entry.data().length)
                    .putShort((short) entry.name().length)
                    .putShort((short) 0)
                    .putShort((short) 0)
                    .putShort((short) 0)
                    .putShort((short) 0)
                    .putInt((int) entry.external())
                    .putInt(offsets.get(i))
                    .put(entry.name());
            out.writeBytes(central.array());
        }
        int directorySize = out.size() - directoryStart;
        ByteBuffer end = le(22);
        end.putInt(0x06054b50)
                .putShort((short) 0)
                .putShort((short) 0)
                .putShort((short) entries.length)
                .putShort((short) entries.length)
                .putInt(directorySize)
                .putInt(directoryStart)
                .putShort((short) 0);
        out.writeBytes(end.array());
        return out.toByteArray();
    }

    private static ByteBuffer le(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }
}
