package no.vidsynt.core.platform;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Fonts for the PDFs the platform makes: DejaVu Sans, shipped in this jar and embedded (as a subset) in each PDF.
 * The built-in Helvetica of OpenPDF dropped characters outside its encoding (the en dash of "09:00–12:00", "·",
 * names in other scripts); DejaVu covers them, and the PDF looks the same on every reader.
 */
public final class PdfFonts {

    private static final BaseFont REGULAR = load("DejaVuSans.ttf");
    private static final BaseFont BOLD = load("DejaVuSans-Bold.ttf");

    private PdfFonts() {}

    public static Font regular(float size) {
        return new Font(REGULAR, size);
    }

    public static Font bold(float size) {
        return new Font(BOLD, size);
    }

    /** Whether the regular font has a glyph for the character (tests use it). */
    public static boolean covers(char character) {
        return REGULAR.charExists(character);
    }

    private static BaseFont load(String file) {
        try (InputStream in = PdfFonts.class.getResourceAsStream("/no/vidsynt/core/fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("The font " + file + " is missing from lms-core.");
            }
            byte[] bytes = in.readAllBytes();
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, bytes, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
