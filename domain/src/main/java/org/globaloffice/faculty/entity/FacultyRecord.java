package org.globaloffice.faculty.entity;

import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import org.globaloffice.platform.entity.BusinessRecord;

/**
 * A record of one faculty member's file (a degree, a language assessment). It belongs to the member for good: who
 * may see the member may see it, and its changes are part of the member's history.
 */
@MappedSuperclass
public abstract class FacultyRecord extends BusinessRecord {

    @ManyToOne(optional = false)
    @JoinColumn(name = "member_id", nullable = false, updatable = false)
    private FacultyMember member;

    public FacultyMember getMember() {
        return member;
    }

    /** Set once, when the record is filed; a record never moves to another member. */
    public void fileUnder(FacultyMember owner) {
        if (member != null && member.getId() != null && !member.getId().equals(owner.getId())) {
            throw new IllegalStateException("A record of one faculty member cannot move to another");
        }
        this.member = owner;
    }

    @Override
    public String auditOwner() {
        return member == null ? null : "FacultyMember:" + member.getId();
    }
}
