package org.globaloffice.archive.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.globaloffice.archive.entity.ArchivedReport;
import org.globaloffice.audit.control.AuditWriter;
import org.globaloffice.audit.control.FieldChange;
import org.globaloffice.audit.entity.AuditAction;
import org.globaloffice.foreignteacher.control.DocumentStore;
import org.globaloffice.platform.error.RecordNotFoundException;
import org.globaloffice.platform.paging.CriteriaPage;
import org.globaloffice.platform.paging.Page;
import org.globaloffice.platform.paging.PageRequest;
import org.globaloffice.platform.security.Caller;
import org.globaloffice.platform.security.CallerScope;
import org.globaloffice.platform.security.Role;

/**
 * The archive of the reports made (shared/domain.md: "each downloaded report … is archived so it can be downloaded
 * again unchanged"). A report is filed once, with its file, and from then on only read: listed, downloaded again —
 * each download audited — and checked against the checksum of its bytes taken when it was filed. Nothing here
 * changes or removes one. A caller bound to a school sees only the reports limited to that school; everybody else
 * who may make reports sees them all.
 */
@Stateless
@RolesAllowed({Role.Name.ADMIN, Role.Name.OFFICE, Role.Name.LIAISON, Role.Name.LEADER, Role.Name.AUDITOR})
public class ReportArchive {

    static final Set<String> FILTERABLE = Set.of("report", "format", "madeBy", "title", "schoolId", "madeAt");
    static final Set<String> SORTABLE = Set.of("madeAt", "report", "format", "madeBy", "rowCount");

    @PersistenceContext(unitName = "globaloffice")
    EntityManager em;

    @Inject
    CallerScope callers;

    @Inject
    DocumentStore store;

    @Inject
    AuditWriter audit;

    /** The result of checking an archived file against the checksum taken when it was filed. */
    public record Verification(String expectedSha256, String actualSha256, long expectedSize, long actualSize) {

        public boolean intact() {
            return expectedSha256.equals(actualSha256) && expectedSize == actualSize;
        }
    }

    /**
     * Files a report just made: its face and its file (read once, stored, hashed). A report limited to a school
     * may be filed only by a caller who may see that school.
     */
    public ArchivedReport file(ArchivedReport.Face face, String fileName, String contentType, InputStream content) {
        Caller caller = callers.current();
        if (face.schoolId() == null ? caller.isScopedToSchool() : !caller.mayAccessSchool(face.schoolId())) {
            throw new RecordNotFoundException("School", face.schoolId());
        }
        DocumentStore.Stored stored = store.keep(content, contentType);
        ArchivedReport report = new ArchivedReport(face, new ArchivedReport.File(DocumentStore.fileName(fileName,
                "report"), contentType, stored.size(), stored.sha256(), stored.name()));
        em.persist(report);
        em.flush();
        return report;
    }

    public Page<ArchivedReport> page(PageRequest request) {
        return new CriteriaPage<>(em, ArchivedReport.class, FILTERABLE, SORTABLE, "madeAt", false)
                .inSchool("schoolId", callers.current().schoolId())
                .fetch(request);
    }

    public ArchivedReport find(Long id) {
        ArchivedReport report = id == null ? null : em.find(ArchivedReport.class, id);
        Caller caller = callers.current();
        if (report == null || caller.isScopedToSchool() && !caller.schoolId().equals(report.getSchoolId())) {
            throw new RecordNotFoundException("ArchivedReport", id);
        }
        return report;
    }

    /** The archived file, byte for byte as it was first handed out; the download is written to the audit trail. */
    public DocumentStore.Download download(Long id) {
        ArchivedReport report = find(id);
        audit.append(AuditAction.DOWNLOAD, "ArchivedReport", report.getId(), List.of(
                new FieldChange("fileName", null, report.getFileName()),
                new FieldChange("fileSha256", null, report.getFileSha256())));
        return new DocumentStore.Download(report.getFileName(), report.getContentType(), report.getFileSize(),
                store.open(report.getStoredName()));
    }

    /** Reads the archived file again and compares its SHA-256 and size with those taken when it was filed. */
    public Verification verify(Long id) {
        ArchivedReport report = find(id);
        try (InputStream in = new DigestInputStream(store.open(report.getStoredName()),
                MessageDigest.getInstance("SHA-256"))) {
            long size = in.transferTo(java.io.OutputStream.nullOutputStream());
            String actual = HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
            return new Verification(report.getFileSha256(), actual, report.getFileSize(), size);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
