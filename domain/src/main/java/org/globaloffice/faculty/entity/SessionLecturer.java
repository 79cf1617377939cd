package org.globaloffice.faculty.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.globaloffice.platform.entity.BusinessRecord;

/** A lecturer of a session: internal, from another Chinese institution, or foreign, with their institution. */
@Entity
@Table(name = "session_lecturer")
public class SessionLecturer extends BusinessRecord {

    @Id
    @SequenceGenerator(name = "session_lecturer_seq", sequenceName = "session_lecturer_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "session_lecturer_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "session_id", nullable = false, updatable = false)
    private CompetenceSession session;

    @NotBlank(message = "{lecturer.name.required}")
    @Size(max = 200, message = "{field.tooLong}")
    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @NotNull(message = "{lecturer.kind.required}")
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 16)
    private LecturerKind kind;

    @NotBlank(message = "{lecturer.institution.required}")
    @Size(max = 200, message = "{field.tooLong}")
    @Column(name = "institution", nullable = false, length = 200)
    private String institution;

    protected SessionLecturer() {
    }

    SessionLecturer(CompetenceSession session, String name, LecturerKind kind, String institution) {
        this.session = session;
        setName(name);
        this.kind = kind;
        setInstitution(institution);
    }

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public String auditOwner() {
        return session == null || session.getProgram() == null ? null
                : "CompetenceProgram:" + session.getProgram().getId();
    }

    String summary() {
        return name + " (" + institution + ")";
    }

    public CompetenceSession getSession() {
        return session;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? null : name.strip();
    }

    public LecturerKind getKind() {
        return kind;
    }

    public void setKind(LecturerKind kind) {
        this.kind = kind;
    }

    public String getInstitution() {
        return institution;
    }

    public void setInstitution(String institution) {
        this.institution = institution == null ? null : institution.strip();
    }
}
