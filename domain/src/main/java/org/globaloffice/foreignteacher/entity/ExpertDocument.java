package org.globaloffice.foreignteacher.entity;

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
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.globaloffice.audit.NotAudited;
import org.globaloffice.foreignteacher.control.DocumentType;

/**
 * A document of a foreign teacher's file (health check, criminal record, degree authentication, work-permit notice,
 * Z visa, work permit, residence permit) with its validity and, when one was uploaded, its scan. The scan lives
 * outside the web root under a random name; only its name, type, size and SHA-256 are in the database.
 */
@Entity
@Table(name = "expert_document")
@NamedQuery(name = ExpertDocument.OF_EXPERT,
        query = "select d from ExpertDocument d where d.expert.id = :expert order by d.documentType, d.issuedOn desc, d.id")
public class ExpertDocument extends ExpertRecord {

    public static final String OF_EXPERT = "ExpertDocument.ofExpert";

    @Id
    @SequenceGenerator(name = "expert_document_seq", sequenceName = "expert_document_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "expert_document_seq")
    private Long id;

    @NotNull(message = "{document.type.required}")
    @Enumerated(EnumType.STRING)
    @Column(name = "document_type", nullable = false, length = 32)
    private DocumentType documentType;

    @Size(max = 64, message = "{field.tooLong}")
    @Column(name = "document_number", length = 64)
    private String number;

    @NotNull(message = "{document.issued.required}")
    @Column(name = "issued_on", nullable = false)
    private LocalDate issuedOn;

    @Column(name = "expires_on")
    private LocalDate expiresOn;

    @Size(max = 255, message = "{field.tooLong}")
    @Column(name = "file_name", length = 255)
    private String fileName;

    @Column(name = "content_type", length = 64)
    private String contentType;

    @Column(name = "file_size")
    private Long fileSize;

    @Column(name = "file_sha256", length = 64)
    private String fileSha256;

    @NotAudited
    @Column(name = "stored_name", length = 64)
    private String storedName;

    public ExpertDocument() {
    }

    public ExpertDocument(DocumentType documentType, String number, LocalDate issuedOn, LocalDate expiresOn) {
        this.documentType = documentType;
        setNumber(number);
        this.issuedOn = issuedOn;
        this.expiresOn = expiresOn;
    }

    @Override
    public Long getId() {
        return id;
    }

    /** Records the scan kept under {@code storedName} in the document store. */
    public void attachScan(String originalName, String type, long size, String sha256, String stored) {
        this.fileName = originalName;
        this.contentType = type;
        this.fileSize = size;
        this.fileSha256 = sha256;
        this.storedName = stored;
    }

    /** Keeps the scan another copy of this document holds (a changed copy from a form does not carry it). */
    public void keepScanOf(ExpertDocument stored) {
        this.fileName = stored.fileName;
        this.contentType = stored.contentType;
        this.fileSize = stored.fileSize;
        this.fileSha256 = stored.fileSha256;
        this.storedName = stored.storedName;
    }

    public boolean hasScan() {
        return storedName != null;
    }

    public DocumentType getDocumentType() {
        return documentType;
    }

    public void setDocumentType(DocumentType documentType) {
        this.documentType = documentType;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number == null || number.isBlank() ? null : number.strip();
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public void setIssuedOn(LocalDate issuedOn) {
        this.issuedOn = issuedOn;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public void setExpiresOn(LocalDate expiresOn) {
        this.expiresOn = expiresOn;
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
