package org.globaloffice.foreignteacher.control;

import java.util.Set;
import org.apache.tika.Tika;
import org.globaloffice.platform.error.RuleViolationException;

/**
 * Which uploaded scans a teacher's file accepts: PDF, JPEG or PNG of at most 10 MB, the type judged by the file's
 * content (its magic bytes, read by Apache Tika), never by its name: a renamed program or text file is refused.
 */
public final class ScanCheck {

    public static final long MAX_BYTES = 10L * 1024 * 1024;
    public static final Set<String> ACCEPTED = Set.of("application/pdf", "image/jpeg", "image/png");

    /** Detection from the bytes alone (no file name is given to it). */
    private static final Tika TIKA = new Tika();

    private ScanCheck() {
    }

    /** The accepted content type of a scan whose first bytes are {@code head}; refuses any other. */
    public static String contentType(byte[] head, long size) {
        if (size == 0) {
            throw new RuleViolationException("scan", "document.scan.empty");
        }
        if (size > MAX_BYTES) {
            throw new RuleViolationException("scan", "document.scan.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        String detected = TIKA.detect(head);
        // Tika also calls a file a PDF when "%PDF-" appears anywhere in its first bytes; a scan must begin with it
        if (!ACCEPTED.contains(detected) || ("application/pdf".equals(detected) && !startsWith(head, PDF_MAGIC))) {
            throw new RuleViolationException("scan", "document.scan.type");
        }
        return detected;
    }

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private static boolean startsWith(byte[] head, byte[] prefix) {
        return head.length >= prefix.length
                && java.util.Arrays.equals(head, 0, prefix.length, prefix, 0, prefix.length);
    }
}
