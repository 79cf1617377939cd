package org.globaloffice.cooperation.entity;

import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import org.globaloffice.platform.entity.BusinessRecord;

/**
 * A record of a cooperative program's file (an enrolment, an annual report, a teacher training). It belongs to the
 * program for good: who may see the program may see it, and its changes are part of the program's history.
 */
@MappedSuperclass
public abstract class ProgramRecord extends BusinessRecord {

    @ManyToOne(optional = false)
    @JoinColumn(name = "program_id", nullable = false, updatable = false)
    private CooperativeProgram program;

    public CooperativeProgram getProgram() {
        return program;
    }

    /** Set once, when the record is filed; a record never moves to another program. */
    public void fileUnder(CooperativeProgram owner) {
        if (program != null && program.getId() != null && !program.getId().equals(owner.getId())) {
            throw new IllegalStateException("A record of one program cannot move to another");
        }
        this.program = owner;
    }

    @Override
    public String auditOwner() {
        return program == null ? null : "CooperativeProgram:" + program.getId();
    }
}
