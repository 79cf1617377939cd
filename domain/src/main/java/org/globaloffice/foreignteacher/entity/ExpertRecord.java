package org.globaloffice.foreignteacher.entity;

import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import jakarta.validation.constraints.NotNull;
import org.globaloffice.platform.entity.BusinessRecord;

/**
 * A record of a foreign teacher's file (a document, a contract, a teaching assignment, an evaluation). It belongs to
 * the teacher for good: who may see the teacher may see it, and its changes are part of the teacher's history.
 */
@MappedSuperclass
public abstract class ExpertRecord extends BusinessRecord {

    @NotNull
    @ManyToOne(optional = false)
    @JoinColumn(name = "expert_id", nullable = false, updatable = false)
    private ForeignExpert expert;

    protected ExpertRecord() {
    }

    protected ExpertRecord(ForeignExpert expert) {
        this.expert = expert;
    }

    public ForeignExpert getExpert() {
        return expert;
    }

    /** Set once, when the record is filed; a record never moves to another teacher. */
    public void fileUnder(ForeignExpert owner) {
        if (expert != null && expert.getId() != null && !expert.getId().equals(owner.getId())) {
            throw new IllegalStateException("A record of one teacher cannot move to another");
        }
        this.expert = owner;
    }

    @Override
    public String auditOwner() {
        return expert == null ? null : "ForeignExpert:" + expert.getId();
    }
}
