package org.globaloffice.archive.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.globaloffice.platform.entity.BusinessRecord;

/**
 * A report as it was made and handed out: what it is (report, format, language, title, window, filters, the school
 * it is limited to), who made it and when, how many rows it has, the checksum of its content printed on its face,
 * and the file itself — stored once, with the SHA-256 of its bytes, so that it can be downloaded again byte for byte
 * and checked. An archived report is never changed and never deleted: the entity refuses both, and nothing offers
 * either. Making one writes its creation to the audit trail like any record; each download is audited too.
 */
@Entity
@Table(name = "archived_report")
public class ArchivedReport extends BusinessRecord {

    @Id
    @SequenceGenerator(name = "archived_report_seq", sequenceName = "archived_report_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "archived_report_seq")
    private Long id;

    @Column(name = "report", nullable = false, updatable = false, length = 32)
    private String report;

    @Column(name = "format", nullable = false, updatable = false, length = 8)
    private String format;

    @Column(name = "language", nullable = false, updatable = false, length = 8)
    private String language;

    @Column(name = "title", nullable = false, updatable = false, length = 300)
    private String title;

    @Column(name = "window_text", nullable = false, updatable = false, length = 300)
    private String window;

    @Column(name = "filters_text", nullable = false, updatable = false, length = 500)
    private String filters;

    @Column(name = "school_id", updatable = false)
    private Long schoolId;

    @Column(name = "made_at", nullable = false, updatable = false)
    private Instant madeAt;

    @Column(name = "made_by", nullable = false, updatable = false, length = 64)
    private String madeBy;

    @Column(name = "row_count", nullable = false, updatable = false)
    private long rowCount;

    @Column(name = "content_sha256", nullable = false, updatable = false, length = 64)
    private String contentSha256;

    @Column(name = "file_name", nullable = false, updatable = false, length = 255)
    private String fileName;

    @Column(name = "content_type", nullable = false, updatable = false, length = 128)
    private String contentType;

    @Column(name = "file_size", nullable = false, updatable = false)
    private long fileSize;

    @Column(name = "file_sha256", nullable = false, updatable = false, length = 64)
    private String fileSha256;

    @Column(name = "stored_name", nullable = false, updatable = false, length = 64)
    private String storedName;

    protected ArchivedReport() {
    }

    /** What a report says on its face: everything but the file. */
    public record Face(String report, String format, String language, String title, String window, String filters,
            Long schoolId, Instant madeAt, String madeBy, long rowCount, String contentSha256) {
    }

    /** The stored file of a report. */
    public record File(String fileName, String contentType, long size, String sha256, String storedName) {
    }

    public ArchivedReport(Face face, File file) {
        this.report = face.report();
        this.format = face.format();
        this.language = face.language();
        this.title = face.title();
        this.window = face.window();
        this.filters = face.filters();
        this.schoolId = face.schoolId();
        this.madeAt = face.madeAt();
        this.madeBy = face.madeBy();
        this.rowCount = face.rowCount();
        this.contentSha256 = face.contentSha256();
        this.fileName = file.fileName();
        this.contentType = file.contentType();
        this.fileSize = file.size();
        this.fileSha256 = file.sha256();
        this.storedName = file.storedName();
    }

    @PreUpdate
    void refuseChange() {
        throw new IllegalStateException("An archived report is never changed: " + id);
    }

    @PreRemove
    void refuseRemoval() {
        throw new IllegalStateException("An archived report is never deleted: " + id);
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getReport() {
        return report;
    }

    public String getFormat() {
        return format;
    }

    public String getLanguage() {
        return language;
    }

    public String getTitle() {
        return title;
    }

    public String getWindow() {
        return window;
    }

    public String getFilters() {
        return filters;
    }

    public Long getSchoolId() {
        return schoolId;
    }

    public Instant getMadeAt() {
        return madeAt;
    }

    public String getMadeBy() {
        return madeBy;
    }

    public long getRowCount() {
        return rowCount;
    }

    public String getContentSha256() {
        return contentSha256;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getFileSize() {
        return fileSize;
    }

    public String getFileSha256() {
        return fileSha256;
    }

    public String getStoredName() {
        return storedName;
    }
}
