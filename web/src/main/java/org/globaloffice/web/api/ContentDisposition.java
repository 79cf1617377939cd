package org.globaloffice.web.api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A {@code Content-Disposition} header for a download whose name may be Chinese: an ASCII fallback and the exact
 * name encoded as RFC 6266 / RFC 5987 prescribe, so that no browser mangles it and no quote or line break in a
 * file name can break the header.
 */
final class ContentDisposition {

    private ContentDisposition() {
    }

    static String attachment(String fileName) {
        String ascii = fileName.replaceAll("[^A-Za-z0-9._ -]", "_");
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
