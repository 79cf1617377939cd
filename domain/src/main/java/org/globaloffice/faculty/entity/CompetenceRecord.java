package org.globaloffice.faculty.entity;

import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import org.globaloffice.platform.entity.BusinessRecord;

/**
 * A record of a global competence program (a session, an enrolment): part of the program's history for good.
 */
@MappedSuperclass
public abstract class CompetenceRecord extends BusinessRecord {

    @ManyToOne(optional = false)
    @JoinColumn(name = "program_id", nullable = false, updatable = false)
    private CompetenceProgram program;

    public CompetenceProgram getProgram() {
        return program;
    }

    public void fileUnder(CompetenceProgram owner) {
        if (program != null && program.getId() != null && !program.getId().equals(owner.getId())) {
            throw new IllegalStateException("A record of one program cannot move to another");
        }
        this.program = owner;
    }

    @Override
    public String auditOwner() {
        return program == null ? null : "CompetenceProgram:" + program.getId();
    }
}
