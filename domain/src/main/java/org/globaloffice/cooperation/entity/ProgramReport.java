package org.globaloffice.cooperation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * A program's annual report and self-evaluation (年度报告/自评报告) of one year: its status and the document as
 * filed, kept in the document store like a teacher's scans. A submitted or accepted report counts for the risk flag.
 */
@Entity
@Table(name = "program_report")
@NamedQuery(name = ProgramReport.OF_PROGRAM, query = "select r from ProgramReport r where r.program.id = :program"
        + " order by r.year desc")
public class ProgramReport extends ProgramRecord {

    public static final String OF_PROGRAM = "ProgramReport.ofProgram";

    @Id
    @SequenceGenerator(name = "program_report_seq", sequenceName = "program_report_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "program_report_seq")
    private Long id;

    @NotNull(message = "{program.year.required}")
    @Min(value = 1990, message = "{program.startYear.range}")
    @Max(value = 2100, message = "{program.startYear.range}")
    @Column(name = "report_year", nullable = false)
    private Integer year;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private ReportStatus status = ReportStatus.DUE;

    @Column(name = "submitted_on")
    private LocalDate submittedOn;

    @Column(name = "file_name", length = 255)
    private String fileName;

    @Column(name = "content_type", length = 64)
    private String contentType;

    @Column(name = "file_size")
    private Long fileSize;

    @Column(name = "file_sha256", length = 64)
    private String fileSha256;

    @Column(name = "stored_name", length = 64)
    private String storedName;

    public ProgramReport() {
    }

    public ProgramReport(int year, ReportStatus status) {
        this.year = year;
        this.status = status;
    }

    @Override
    public Long getId() {
        return id;
    }

    public void attachDocument(String originalName, String type, long size, String sha256, String stored) {
        this.fileName = originalName;
        this.contentType = type;
        this.fileSize = size;
        this.fileSha256 = sha256;
        this.storedName = stored;
    }

    /** Keeps the document already filed when the details are corrected. */
    public void keepDocumentOf(ProgramReport stored) {
        attachDocument(stored.fileName, stored.contentType, stored.fileSize == null ? 0 : stored.fileSize,
                stored.fileSha256, stored.storedName);
    }

    public boolean hasDocument() {
        return storedName != null;
    }

    /** Whether it counts as reported for the risk flag. */
    public boolean isReported() {
        return status == ReportStatus.SUBMITTED || status == ReportStatus.ACCEPTED;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public ReportStatus getStatus() {
        return status;
    }

    public void setStatus(ReportStatus status) {
        this.status = status;
    }

    public LocalDate getSubmittedOn() {
        return submittedOn;
    }

    public void setSubmittedOn(LocalDate submittedOn) {
        this.submittedOn = submittedOn;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public Long getFileSize() {
        return fileSize;
    }

    public String getFileSha256() {
        return fileSha256;
    }

    public String getStoredName() {
        return storedName;
    }
}
