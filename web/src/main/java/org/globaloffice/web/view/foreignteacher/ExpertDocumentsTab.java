package org.globaloffice.web.view.foreignteacher;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.globaloffice.foreignteacher.boundary.ExpertDocuments;
import org.globaloffice.foreignteacher.control.DocumentType;
import org.globaloffice.foreignteacher.entity.ExpertDocument;
import org.globaloffice.web.support.Downloads;
import org.primefaces.model.file.UploadedFile;

/** The documents tab: passports, visas, permits and certificates with their scans. */
@Named
@ViewScoped
public class ExpertDocumentsTab extends ExpertFileTab<ExpertDocument> {

    private static final long serialVersionUID = 1L;

    @Inject
    ExpertDocuments documents;

    private transient UploadedFile scan;

    @Override
    protected List<ExpertDocument> load(Long expertId) {
        return documents.ofExpert(expertId);
    }

    @Override
    protected ExpertDocument blank() {
        return new ExpertDocument();
    }

    @Override
    protected ExpertDocument store(Long expertId, ExpertDocument document) {
        if (!document.isNew()) {
            return documents.update(expertId, document);
        }
        if (scan == null || scan.getSize() == 0) {
            return documents.file(expertId, document, null, null);
        }
        try (InputStream content = scan.getInputStream()) {
            return documents.file(expertId, document, scan.getFileName(), content);
        } catch (IOException e) {
            throw new IllegalStateException("The upload could not be read", e);
        } finally {
            scan = null;
        }
    }

    @Override
    protected void remove(ExpertDocument document) {
        documents.delete(document.getId(), document.getVersion());
    }

    @Override
    protected String formId() {
        return "tabs:documents";
    }

    /** Sends the scan as a download, or says it is gone. */
    public void download(Long documentId) throws IOException {
        Downloads.send(() -> documents.scan(documentId));
    }

    public DocumentType[] getTypes() {
        return DocumentType.values();
    }

    public UploadedFile getScan() {
        return scan;
    }

    public void setScan(UploadedFile scan) {
        this.scan = scan;
    }
}
