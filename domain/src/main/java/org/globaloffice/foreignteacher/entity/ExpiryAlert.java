package org.globaloffice.foreignteacher.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.globaloffice.foreignteacher.control.AlertPlan;
import org.globaloffice.foreignteacher.control.DocumentType;
import org.globaloffice.foreignteacher.control.ExpiryWatch;
import org.globaloffice.organization.entity.School;

/**
 * Something of a foreign teacher's file that expires or falls due within the lead time, or is overdue: a document, a
 * contract, a permit to be obtained after entry. Derived from the file by {@link AlertPlan}, recomputed every day
 * and after each change; nobody edits it.
 */
@Entity
@Cacheable(false)
@Table(name = "expiry_alert")
@NamedQuery(name = ExpiryAlert.DELETE_ALL, query = "delete from ExpiryAlert a")
@NamedQuery(name = ExpiryAlert.DELETE_OF_EXPERT, query = "delete from ExpiryAlert a where a.expert.id = :expert")
@NamedQuery(name = ExpiryAlert.OF_EXPERT, query = "select a from ExpiryAlert a where a.expert.id = :expert order by a.dueOn")
public class ExpiryAlert {

    public static final String DELETE_ALL = "ExpiryAlert.deleteAll";
    public static final String DELETE_OF_EXPERT = "ExpiryAlert.deleteOfExpert";
    public static final String OF_EXPERT = "ExpiryAlert.ofExpert";

    @Id
    @SequenceGenerator(name = "expiry_alert_seq", sequenceName = "expiry_alert_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "expiry_alert_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "expert_id", nullable = false)
    private ForeignExpert expert;

    @ManyToOne(optional = false)
    @JoinColumn(name = "school_id", nullable = false)
    private School school;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 24)
    private AlertPlan.Kind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "document_type", length = 32)
    private DocumentType documentType;

    @Column(name = "record_id")
    private Long recordId;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "urgency", nullable = false, length = 16)
    private ExpiryWatch.Urgency urgency;

    @Column(name = "computed_on", nullable = false)
    private LocalDate computedOn;

    protected ExpiryAlert() {
    }

    public ExpiryAlert(ForeignExpert expert, AlertPlan.Alert alert, LocalDate computedOn) {
        this.expert = expert;
        this.school = expert.getSchool();
        this.kind = alert.kind();
        this.documentType = alert.documentType();
        this.recordId = alert.recordId();
        this.dueOn = alert.dueOn();
        this.urgency = alert.urgency();
        this.computedOn = computedOn;
    }

    public Long getId() {
        return id;
    }

    public ForeignExpert getExpert() {
        return expert;
    }

    public School getSchool() {
        return school;
    }

    public AlertPlan.Kind getKind() {
        return kind;
    }

    public DocumentType getDocumentType() {
        return documentType;
    }

    public Long getRecordId() {
        return recordId;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public ExpiryWatch.Urgency getUrgency() {
        return urgency;
    }

    public LocalDate getComputedOn() {
        return computedOn;
    }
}
