package org.globaloffice.foreignteacher.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import org.globaloffice.foreignteacher.control.AlertRefresh;
import org.globaloffice.foreignteacher.control.DocumentRules;
import org.globaloffice.foreignteacher.control.DocumentStore;
import org.globaloffice.foreignteacher.control.ExpertFiles;
import org.globaloffice.foreignteacher.entity.ExpertDocument;
import org.globaloffice.platform.error.RecordNotFoundException;
import org.globaloffice.platform.security.Role;

/**
 * The documents of a foreign teacher's file and their scans. Who may see the teacher may see and download them; a
 * LIAISON files them for their own school, the office for every school. At filing, a health check or
 * criminal-record certificate older than six months is refused ({@link DocumentRules}); a scan must be a PDF, JPEG
 * or PNG of at most 10 MB by its content.
 */
@Stateless
public class ExpertDocuments {

    @Inject
    ExpertFiles files;

    @Inject
    DocumentStore store;

    @Inject
    AlertRefresh alerts;

    @RolesAllowed({Role.Name.ADMIN, Role.Name.OFFICE, Role.Name.LIAISON, Role.Name.LEADER, Role.Name.AUDITOR})
    public List<ExpertDocument> ofExpert(Long expertId) {
        return files.of(ExpertDocument.class, ExpertDocument.OF_EXPERT, expertId);
    }

    /**
     * Files a document, with its scan when one is given ({@code scan} may be null). Nothing is kept when anything
     * is refused: neither the record nor the file.
     */
    @RolesAllowed({Role.Name.ADMIN, Role.Name.OFFICE, Role.Name.LIAISON})
    public ExpertDocument file(Long expertId, ExpertDocument document, String fileName, InputStream scan) {
        if (!document.isNew()) {
            throw new IllegalArgumentException("Already filed: use update");
        }
        DocumentRules.checkFiling(document.getDocumentType(), document.getIssuedOn(), document.getExpiresOn(),
                alerts.today());
        files.expert(expertId);
        if (scan != null) {
            DocumentStore.Stored stored = store.store(scan);
            document.attachScan(cleanName(fileName), stored.contentType(), stored.size(), stored.sha256(),
                    stored.name());
        }
        return files.save(expertId, document);
    }

    /** Corrects a document's details (its scan stays); the dates are checked as at filing, as of its filing day. */
    @RolesAllowed({Role.Name.ADMIN, Role.Name.OFFICE, Role.Name.LIAISON})
    public ExpertDocument update(Long expertId, ExpertDocument changed) {
        ExpertDocument current = files.find(ExpertDocument.class, changed.getId());
        DocumentRules.checkFiling(changed.getDocumentType(), changed.getIssuedOn(), changed.getExpiresOn(),
                LocalDate.ofInstant(current.getCreatedAt(), alerts.zone()));
        changed.keepScanOf(current);
        return files.save(expertId, changed);
    }

    @RolesAllowed({Role.Name.ADMIN, Role.Name.OFFICE, Role.Name.LIAISON})
    public void delete(Long id, long version) {
        ExpertDocument removed = files.delete(ExpertDocument.class, id, version);
        if (removed.hasScan()) {
            store.removeAfterCommit(removed.getStoredName());
        }
    }

    /** The scan of a document of a teacher the caller may see; "not found" otherwise or when it has none. */
    @RolesAllowed({Role.Name.ADMIN, Role.Name.OFFICE, Role.Name.LIAISON, Role.Name.LEADER, Role.Name.AUDITOR})
    public DocumentStore.Download scan(Long documentId) {
        ExpertDocument document = files.find(ExpertDocument.class, documentId);
        if (!document.hasScan()) {
            throw new RecordNotFoundException("Scan", documentId);
        }
        return new DocumentStore.Download(document.getFileName(), document.getContentType(), document.getFileSize(),
                store.open(document.getStoredName()));
    }

    /** The file's own name without any folder a browser sent along; "scan" when none is left. */
    static String cleanName(String fileName) {
        return DocumentStore.fileName(fileName, "scan");
    }
}
