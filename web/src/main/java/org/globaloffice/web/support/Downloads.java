package org.globaloffice.web.support;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.Supplier;
import org.globaloffice.foreignteacher.control.DocumentStore;
import org.globaloffice.platform.error.RecordNotFoundException;
import org.globaloffice.web.i18n.Texts;
import org.omnifaces.util.Faces;

/** Sends a stored file to the browser as an attachment, or says above the form that it is gone. */
public final class Downloads {

    private Downloads() {
    }

    public static void send(Supplier<DocumentStore.Download> file) throws IOException {
        DocumentStore.Download download;
        try {
            download = file.get();
        } catch (RecordNotFoundException e) {
            Texts.error(null, "error.recordGone");
            return;
        }
        try (InputStream content = download.content()) {
            Faces.sendFile(content, download.fileName(), true);
        }
    }
}
