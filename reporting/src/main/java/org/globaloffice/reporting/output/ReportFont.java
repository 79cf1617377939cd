package org.globaloffice.reporting.output;

import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The font of every PDF report: Noto Sans SC Regular (SIL Open Font License 1.1, {@code fonts/OFL.txt}), which has
 * the Chinese characters as well as the Latin, Greek and Cyrillic ones. It is embedded, so a reader without Chinese
 * fonts (or a printer, or an archive years later) shows the same text; OpenPDF embeds only the glyphs a report uses.
 * The built-in Asian fonts of PDF readers (STSong-Light) are not embedded and render differently, or not at all,
 * from one reader to the next.
 * <p>
 * Read from the class path, so it works inside the EAR. One parsed font serves every report: OpenPDF's own font
 * cache shares fonts the same way, and each document keeps its own record of the glyphs it used.
 */
public final class ReportFont {

    /** Where the font is on the class path. */
    static final String RESOURCE = "/org/globaloffice/reporting/output/fonts/NotoSansSC-Regular.ttf";

    private ReportFont() {
    }

    /** The font, read on first use (10 MB, a fraction of a second) and kept. */
    public static BaseFont get() {
        return Holder.FONT;
    }

    private static final class Holder {
        static final BaseFont FONT = load();

        private static BaseFont load() {
            try (InputStream in = ReportFont.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("The report font is missing from the class path: " + RESOURCE);
                }
                // the name only tells OpenPDF the kind of font; the bytes are the font
                return BaseFont.createFont("NotoSansSC-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false,
                        in.readAllBytes(), null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
