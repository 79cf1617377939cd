package org.globaloffice.web.view.faculty;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.util.Faces;
import org.globaloffice.audit.entity.AuditRecord;
import org.globaloffice.faculty.boundary.FacultyMembers;
import org.globaloffice.faculty.boundary.OutboundVisits;
import org.globaloffice.faculty.entity.AcademicTitle;
import org.globaloffice.faculty.entity.FacultyMember;
import org.globaloffice.faculty.entity.OutboundVisit;
import org.globaloffice.organization.boundary.Schools;
import org.globaloffice.organization.entity.School;
import org.globaloffice.platform.error.RecordNotFoundException;
import org.globaloffice.web.i18n.Texts;
import org.globaloffice.web.support.Failures;

/**
 * {@code faculty/member.xhtml?id=…}: a faculty member's profile, degrees, overseas experience (derived, with the
 * policy's threshold), outbound visits and history.
 */
@Named
@ViewScoped
public class MemberBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    FacultyMembers members;

    @Inject
    OutboundVisits visits;

    @Inject
    Schools schools;

    @Inject
    Failures failures;

    private Long id;
    private FacultyMember member;
    private Long schoolId;
    private List<School> schoolChoices;
    private FacultyMembers.Experience experience;
    private List<OutboundVisit> memberVisits;
    private List<AuditRecord> history;

    public void load() throws IOException {
        if (member != null) {
            return;
        }
        schoolChoices = schools.inScope();
        try {
            member = id == null ? new FacultyMember() : members.find(id);
        } catch (RecordNotFoundException e) {
            Faces.responseSendError(404, e.getMessage());
            Faces.responseComplete();
            return;
        }
        if (member.getSchool() != null) {
            schoolId = member.getSchool().getId();
        } else if (schoolChoices.size() == 1) {
            schoolId = schoolChoices.get(0).getId();
        }
    }

    public void save() throws IOException {
        try {
            member.setSchool(schoolChoices.stream().filter(s -> s.getId().equals(schoolId)).findFirst()
                    .orElseThrow(() -> new org.globaloffice.platform.error.RuleViolationException("school",
                            "faculty.school.required")));
            FacultyMember saved = members.save(member);
            Texts.info("faculty.saved", saved.getChineseName());
            Faces.redirect(Faces.getRequestContextPath() + "/faculty/member.xhtml?id=" + saved.getId());
        } catch (RuntimeException e) {
            failures.show("form", e);
        }
    }

    public void delete() throws IOException {
        try {
            members.delete(member.getId(), member.getVersion());
            Texts.info("faculty.deleted", member.getChineseName());
            Faces.redirect(Faces.getRequestContextPath() + "/faculty/members.xhtml");
        } catch (RuntimeException e) {
            failures.show("form", e);
        }
    }

    /** Read when first shown, and again after a degree changed. */
    public FacultyMembers.Experience getExperience() {
        if (experience == null && !member.isNew()) {
            experience = members.experience(member.getId());
        }
        return experience;
    }

    public void rereadExperience() {
        experience = null;
    }

    public List<OutboundVisit> getVisits() {
        if (memberVisits == null) {
            memberVisits = member.isNew() ? List.of() : visits.ofMember(member.getId());
        }
        return memberVisits;
    }

    public List<AuditRecord> getHistory() {
        if (history == null) {
            history = member.isNew() ? List.of() : members.history(member.getId());
        }
        return history;
    }

    public String fieldLabel(String field) {
        return Texts.textOr("audit.field." + field, field);
    }

    public AcademicTitle[] getTitles() {
        return AcademicTitle.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public FacultyMember getMember() {
        return member;
    }

    public Long getSchoolId() {
        return schoolId;
    }

    public void setSchoolId(Long schoolId) {
        this.schoolId = schoolId;
    }

    public List<School> getSchoolChoices() {
        return schoolChoices;
    }
}
