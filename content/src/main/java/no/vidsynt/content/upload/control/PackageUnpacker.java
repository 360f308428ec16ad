package no.vidsynt.content.upload.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import no.vidsynt.content.upload.control.UploadRejected.Reason;

/**
 * Unpacks an HTML package (a zip with an {@code index.html}) into temporary files, checking as it goes: every name
 * against {@link PackageNames}, no symbolic links or special files, no encryption, at most so many entries, the
 * unpacked bytes counted as they are written (and each entry's ratio, against zip bombs), and no archive or program
 * inside (by the entry's bytes, not only its name): nested archives are refused, never expanded. On any refusal every
 * temporary file is removed.
 */
public final class PackageUnpacker {

    private static final Set<String> ARCHIVE_TYPES = Set.of(
            "application/zip",
            "application/gzip",
            "application/x-gzip",
            "application/x-tar",
            "application/x-7z-compressed",
            "application/x-rar-compressed",
            "application/vnd.rar",
            "application/java-archive",
            "application/x-bzip2",
            "application/x-xz",
            "application/zstd",
            "application/x-compress",
            "application/x-lzma",
            "application/vnd.ms-cab-compressed",
            "application/x-iso9660-image");
    private static final Set<String> EXECUTABLE_TYPES = Set.of(
            "application/x-msdownload",
            "application/x-dosexec",
            "application/x-executable",
            "application/x-sharedlib",
            "application/x-mach-o-executable",
            "application/x-elf",
            "application/x-msdownload;format=pe32",
            "application/x-msdownload;format=pe64",
            "application/x-mach-o",
            "application/x-object",
            "application/x-coredump");

    private static final Map<String, String> SERVED_AS = Map.ofEntries(
            Map.entry("html", "text/html"),
            Map.entry("htm", "text/html"),
            Map.entry("js", "text/javascript"),
            Map.entry("mjs", "text/javascript"),
            Map.entry("css", "text/css"),
            Map.entry("json", "application/json"),
            Map.entry("xml", "application/xml"),
            Map.entry("txt", "text/plain"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("mp4", "video/mp4"),
            Map.entry("webm", "video/webm"),
            Map.entry("mp3", "audio/mpeg"),
            Map.entry("m4a", "audio/mp4"),
            Map.entry("ogg", "audio/ogg"),
            Map.entry("wav", "audio/wav"),
            Map.entry("vtt", "text/vtt"),
            Map.entry("pdf", "application/pdf"),
            Map.entry("woff", "font/woff"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("ttf", "font/ttf"),
            Map.entry("otf", "font/otf"),
            Map.entry("wasm", "application/wasm"));

    private PackageUnpacker() {}

    public static UnpackedPackage unpack(Path zip, Path tempDirectory, UploadLimits limits) {
        List<ZipDirectory.Entry> directory = ZipDirectory.read(zip, limits.maxEntries());
        List<String> names = new ArrayList<>(directory.size());
        Set<String> seen = new HashSet<>();
        for (ZipDirectory.Entry entry : directory) {
            String name = PackageNames.check(entry.name(), limits.maxPathLength());
            String shown = UploadRejected.shown(name);
            if (entry.symlink()) {
                throw new UploadRejected(Reason.SYMLINK, shown);
            }
            if (entry.special()) {
                throw new UploadRejected(Reason.SPECIAL_FILE, shown);
            }
            if (entry.encrypted()) {
                throw new UploadRejected(Reason.ENCRYPTED, shown);
            }
            String key = PackageNames.collisionKey(entry.folder() && !name.endsWith("/") ? name + "/" : name);
            if (!seen.add(key)) {
                throw new UploadRejected(Reason.DUPLICATE_ENTRY, shown);
            }
            names.add(name);
        }
        String launchPath = launchPathOf(directory, names);
        List<UnpackedFile> files = new ArrayList<>();
        try (ZipFile zipFile = new ZipFile(zip.toFile(), Charset.forName("IBM437"))) {
            Enumeration<? extends ZipEntry> entries = zipFile.entries();
            long unpacked = 0;
            for (int i = 0; i < directory.size(); i++) {
                if (!entries.hasMoreElements()) {
                    throw new UploadRejected(Reason.MALFORMED_ARCHIVE, "");
                }
                ZipEntry zipEntry = entries.nextElement();
                ZipDirectory.Entry entry = directory.get(i);
                if (!zipEntry.getName().equals(entry.name())) {
                    throw new UploadRejected(Reason.MALFORMED_ARCHIVE, UploadRejected.shown(entry.name()));
                }
                if (entry.folder()) {
                    continue;
                }
                UnpackedFile file = write(zipFile, zipEntry, names.get(i), tempDirectory, limits, unpacked, files);
                unpacked += file.size();
            }
            return new UnpackedPackage(launchPath, files);
        } catch (ZipException e) {
            files.forEach(file -> Receiver.deleteQuietly(file.temp()));
            throw new UploadRejected(Reason.MALFORMED_ARCHIVE, "");
        } catch (IOException e) {
            files.forEach(file -> Receiver.deleteQuietly(file.temp()));
            throw new UploadRejected(Reason.MALFORMED_ARCHIVE, "");
        } catch (RuntimeException e) {
            files.forEach(file -> Receiver.deleteQuietly(file.temp()));
            throw e;
        }
    }

    /** Writes one entry, counting its bytes against the package's total and its own compression ratio. */
    private static UnpackedFile write(
            ZipFile zipFile,
            ZipEntry entry,
            String name,
            Path tempDirectory,
            UploadLimits limits,
            long unpackedBefore,
            List<UnpackedFile> files)
            throws IOException {
        Files.createDirectories(tempDirectory);
        Path temp = Files.createTempFile(tempDirectory, "entry-", ".part");
        String shown = UploadRejected.shown(name);
        long compressed = Math.max(entry.getCompressedSize(), 1);
        long ratioLimit = compressed * limits.maxCompressionRatio() + 64 * 1024;
        MessageDigest sha256 = Receiver.sha256();
        long written = 0;
        try {
            try (InputStream in = zipFile.getInputStream(entry);
                    OutputStream out = new DigestOutputStream(Files.newOutputStream(temp), sha256)) {
                byte[] buffer = new byte[64 * 1024];
                int read;
                while ((read = in.read(buffer)) != -1) {
                    written += read;
                    if (unpackedBefore + written > limits.maxUnpackedBytes()) {
                        throw new UploadRejected(Reason.UNPACKED_TOO_LARGE, Sizes.readable(limits.maxUnpackedBytes()));
                    }
                    if (written > ratioLimit) {
                        throw new UploadRejected(Reason.ZIP_BOMB, shown);
                    }
                    out.write(buffer, 0, read);
                }
            }
            if (written > 0) {
                String detected = FileInspector.detect(temp);
                if (ARCHIVE_TYPES.contains(detected)) {
                    throw new UploadRejected(Reason.NESTED_ARCHIVE, shown);
                }
                if (EXECUTABLE_TYPES.contains(detected) || detected.startsWith("application/x-msdownload")) {
                    throw new UploadRejected(Reason.EXECUTABLE, shown);
                }
            }
        } catch (IOException | RuntimeException e) {
            Receiver.deleteQuietly(temp);
            throw e;
        }
        UnpackedFile file = new UnpackedFile(
                name,
                temp,
                HexFormat.of().formatHex(sha256.digest()),
                written,
                SERVED_AS.getOrDefault(FileInspector.extensionOf(name), "application/octet-stream"));
        files.add(file);
        return file;
    }

    /** {@code index.html} at the root, or in the package's one top folder (as some authoring tools export). */
    private static String launchPathOf(List<ZipDirectory.Entry> directory, List<String> names) {
        if (names.contains("index.html")) {
            return "index.html";
        }
        Set<String> tops = new HashSet<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            int slash = name.indexOf('/');
            tops.add(slash < 0 ? name : name.substring(0, slash));
            if (slash < 0 && !directory.get(i).folder()) {
                throw new UploadRejected(Reason.NO_INDEX, "");
            }
        }
        if (tops.size() == 1 && names.contains(tops.iterator().next() + "/index.html")) {
            return tops.iterator().next() + "/index.html";
        }
        throw new UploadRejected(Reason.NO_INDEX, "");
    }
}
