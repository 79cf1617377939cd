package org.globaloffice.foreignteacher.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.globaloffice.platform.error.RuleViolationException;
import org.junit.jupiter.api.Test;

class ScanCheckTest {

    /** A complete one-page PDF with no content. */
    private static final byte[] PDF = ("%PDF-1.4\n"
            + "1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n"
            + "2 0 obj <</Type /Pages /Kids [3 0 R] /Count 1>> endobj\n"
            + "3 0 obj <</Type /Page /Parent 2 0 R /MediaBox [0 0 595 842]>> endobj\n"
            + "trailer <</Root 1 0 R>>\n"
            + "%%EOF\n").getBytes(StandardCharsets.US_ASCII);

    /** A 1×1 grey PNG: signature, IHDR, IDAT and IEND with their CRCs. */
    private static final byte[] PNG = bytes(
            0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A,
            0x00, 0x00, 0x00, 0x0D, 'I', 'H', 'D', 'R', 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01,
            0x08, 0x00, 0x00, 0x00, 0x00, 0x3A, 0x7E, 0x9B, 0x55,
            0x00, 0x00, 0x00, 0x0A, 'I', 'D', 'A', 'T', 0x78, 0x9C, 0x63, 0x60, 0x00, 0x00, 0x00, 0x02,
            0x00, 0x01, 0xE5, 0x27, 0xDE, 0xFC,
            0x00, 0x00, 0x00, 0x00, 'I', 'E', 'N', 'D', 0xAE, 0x42, 0x60, 0x82);

    /** The start of a JFIF JPEG: start of image, the APP0 JFIF segment, and end of image. */
    private static final byte[] JPEG = bytes(
            0xFF, 0xD8,
            0xFF, 0xE0, 0x00, 0x10, 'J', 'F', 'I', 'F', 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00,
            0xFF, 0xD9);

    private static byte[] bytes(int... values) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int value : values) {
            out.write(value);
        }
        return out.toByteArray();
    }

    @Test
    void aPdfIsAccepted() {
        assertThat(ScanCheck.contentType(PDF, PDF.length)).isEqualTo("application/pdf");
    }

    @Test
    void aPngIsAccepted() {
        assertThat(ScanCheck.contentType(PNG, PNG.length)).isEqualTo("image/png");
    }

    @Test
    void aJpegIsAccepted() {
        assertThat(ScanCheck.contentType(JPEG, JPEG.length)).isEqualTo("image/jpeg");
    }

    @Test
    void aTextFileIsRefusedWhateverItIsNamed() {
        // the check is given no name at all: "passport.pdf" holding text is judged by its text
        byte[] text = "Passport scan of Jane Doe, see attachment.\n".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> ScanCheck.contentType(text, text.length))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("document.scan.type");
                    assertThat(e.getField()).isEqualTo("scan");
                });
    }

    @Test
    void aTextThatMerelyMentionsThePdfMarkerIsRefused() {
        byte[] text = "Notes on the file format: every PDF starts with %PDF-1.7 and ends with %%EOF.\n"
                .getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> ScanCheck.contentType(text, text.length))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("document.scan.type"));
    }

    @Test
    void aWebPageIsRefused() {
        byte[] html = "<!DOCTYPE html>\n<html><body><p>scan</p></body></html>\n".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> ScanCheck.contentType(html, html.length)).hasMessage("document.scan.type");
    }

    @Test
    void otherImagesAndProgramsAreRefused() {
        byte[] gif = "GIF89a\u0001\u0000\u0001\u0000\u0000\u0000\u0000;".getBytes(StandardCharsets.ISO_8859_1);
        byte[] program = bytes('M', 'Z', 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xFF, 0xFF);
        byte[] zip = bytes('P', 'K', 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00);

        assertThatThrownBy(() -> ScanCheck.contentType(gif, gif.length)).hasMessage("document.scan.type");
        assertThatThrownBy(() -> ScanCheck.contentType(program, program.length)).hasMessage("document.scan.type");
        assertThatThrownBy(() -> ScanCheck.contentType(zip, zip.length)).hasMessage("document.scan.type");
    }

    @Test
    void anEmptyFileIsRefused() {
        assertThatThrownBy(() -> ScanCheck.contentType(new byte[0], 0))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("document.scan.empty");
                    assertThat(e.getField()).isEqualTo("scan");
                });
    }

    @Test
    void exactlyTenMegabytesIsAcceptedOneByteMoreIsNot() {
        assertThat(ScanCheck.MAX_BYTES).isEqualTo(10_485_760L);
        assertThat(ScanCheck.contentType(PDF, 10_485_760L)).isEqualTo("application/pdf");
        assertThatThrownBy(() -> ScanCheck.contentType(PDF, 10_485_761L))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("document.scan.tooLarge");
                    assertThat(e.getField()).isEqualTo("scan");
                    assertThat(e.getArguments()).containsExactly(10L);
                });
    }
}
