package no.vidsynt.content.upload.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a package's central directory: a ZIP64 archive with too many entries is refused for what it is. */
class ZipDirectoryTest {

    @TempDir
    Path folder;

    @Test
    void aZip64PackageWithAHundredThousandEntriesIsRefusedAsTooManyEntriesNotAsMalformed() throws IOException {
        Path zip = folder.resolve("mange.zip");
        try (var out = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(zip), 1 << 16))) {
            out.setMethod(ZipOutputStream.STORED);
            CRC32 empty = new CRC32();
            for (int i = 0; i < 100_000; i++) {
                ZipEntry entry = new ZipEntry(Integer.toString(i, 36));
                entry.setSize(0);
                entry.setCompressedSize(0);
                entry.setCrc(empty.getValue());
                out.putNextEntry(entry);
                out.closeEntry();
            }
        }

        Throwable refused = catchThrowable(() -> ZipDirectory.read(zip, 10_000));

        assertThat(refused).isInstanceOf(UploadRejected.class);
        assertThat(((UploadRejected) refused).reason()).isEqualTo(UploadRejected.Reason.TOO_MANY_ENTRIES);
        assertThat(((UploadRejected) refused).detail()).isEqualTo("10000");
    }
}
