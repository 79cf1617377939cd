package org.globaloffice.cooperation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One result of the four one-thirds check of a program's curriculum in an academic year, kept whenever a change of
 * the curriculum changed it: the figures behind each ratio, whether it complied, who made the change and when.
 * Append-only, so that an auditor sees how compliance moved.
 */
@Entity
@Table(name = "compliance_record")
@NamedQuery(name = ComplianceRecord.OF_PROGRAM, query = "select r from ComplianceRecord r where r.program.id = :program"
        + " order by r.academicYear desc, r.recordedAt desc, r.id desc")
@NamedQuery(name = ComplianceRecord.LATEST, query = "select r from ComplianceRecord r where r.program.id = :program"
        + " and r.academicYear = :year order by r.recordedAt desc, r.id desc")
public class ComplianceRecord {

    public static final String OF_PROGRAM = "ComplianceRecord.ofProgram";
    public static final String LATEST = "ComplianceRecord.latest";

    /** The counts behind the four ratios, as the check computed them. */
    public record Figures(long introducedCourses, long allCourses, long introducedCoreCourses, long coreCourses,
            long partnerCoreCourses, long partnerCoreHours, long coreHours, boolean compliant) {
    }

    @Id
    @SequenceGenerator(name = "compliance_record_seq", sequenceName = "compliance_record_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "compliance_record_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "program_id", nullable = false)
    private CooperativeProgram program;

    @Column(name = "academic_year", nullable = false)
    private int academicYear;

    @Column(name = "introduced_courses", nullable = false)
    private long introducedCourses;

    @Column(name = "all_courses", nullable = false)
    private long allCourses;

    @Column(name = "introduced_core_courses", nullable = false)
    private long introducedCoreCourses;

    @Column(name = "core_courses", nullable = false)
    private long coreCourses;

    @Column(name = "partner_core_courses", nullable = false)
    private long partnerCoreCourses;

    @Column(name = "partner_core_hours", nullable = false)
    private long partnerCoreHours;

    @Column(name = "core_hours", nullable = false)
    private long coreHours;

    @Column(name = "compliant", nullable = false)
    private boolean compliant;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    protected ComplianceRecord() {
    }

    public ComplianceRecord(CooperativeProgram program, int academicYear, Figures figures, String recordedBy,
            Instant recordedAt) {
        this.program = program;
        this.academicYear = academicYear;
        this.introducedCourses = figures.introducedCourses();
        this.allCourses = figures.allCourses();
        this.introducedCoreCourses = figures.introducedCoreCourses();
        this.coreCourses = figures.coreCourses();
        this.partnerCoreCourses = figures.partnerCoreCourses();
        this.partnerCoreHours = figures.partnerCoreHours();
        this.coreHours = figures.coreHours();
        this.compliant = figures.compliant();
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Figures figures() {
        return new Figures(introducedCourses, allCourses, introducedCoreCourses, coreCourses, partnerCoreCourses,
                partnerCoreHours, coreHours, compliant);
    }

    public Long getId() {
        return id;
    }

    public CooperativeProgram getProgram() {
        return program;
    }

    public int getAcademicYear() {
        return academicYear;
    }

    public boolean isCompliant() {
        return compliant;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
