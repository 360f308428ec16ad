package no.vidsynt.core.selfstudy.page.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class FileCheckTest {

    private static byte[] padded(byte... start) {
        return Arrays.copyOf(start, 64);
    }

    @Test
    void knowsImagesAndPdfByTheirFirstBytes() {
        assertThat(FileCheck.contentType(padded(
                        (byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G', (byte) 0x0D, (byte) 0x0A, (byte) 0x1A, (byte)
                                0x0A)))
                .hasValue("image/png");
        assertThat(FileCheck.contentType(padded((byte) 0xFF, (byte) 0xD8, (byte) 0xFF)))
                .hasValue("image/jpeg");
        assertThat(FileCheck.contentType(padded("GIF89a".getBytes(StandardCharsets.US_ASCII))))
                .hasValue("image/gif");
        assertThat(FileCheck.contentType(padded("%PDF-1.7".getBytes(StandardCharsets.US_ASCII))))
                .hasValue("application/pdf");
    }

    @Test
    void refusesEverythingElseWhateverItsName() {
        assertThat(FileCheck.contentType(padded("<html><script>".getBytes(StandardCharsets.US_ASCII))))
                .isEmpty();
        assertThat(FileCheck.contentType(padded("MZ".getBytes(StandardCharsets.US_ASCII))))
                .isEmpty();
        assertThat(FileCheck.contentType(new byte[3])).isEmpty();
        assertThat(FileCheck.contentType(null)).isEmpty();
    }

    @Test
    void fileNamesLoseTheirPathAndQuotes() {
        assertThat(FileCheck.safeName("C:\\Users\\x\\bilde \"1\".png")).isEqualTo("bilde 1.png");
        assertThat(FileCheck.safeName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(FileCheck.safeName("  ")).isEqualTo("fil");
    }
}
