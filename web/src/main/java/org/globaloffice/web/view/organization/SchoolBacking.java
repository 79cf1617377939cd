package org.globaloffice.web.view.organization;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.globaloffice.organization.boundary.Disciplines;
import org.globaloffice.organization.boundary.Schools;
import org.globaloffice.organization.entity.Discipline;
import org.globaloffice.organization.entity.LeadingGroupMember;
import org.globaloffice.organization.entity.School;
import org.globaloffice.platform.error.RecordNotFoundException;
import org.globaloffice.web.i18n.Texts;
import org.globaloffice.web.support.Failures;
import org.omnifaces.util.Faces;

/**
 * {@code organization/school.xhtml?id=…}: one school with its leading group, liaisons and disciplines; a new school
 * without an id. A school outside the caller's scope answers 404.
 */
@Named
@ViewScoped
public class SchoolBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Schools schools;

    @Inject
    Disciplines disciplines;

    @Inject
    Failures failures;

    private Long id;
    private School school;
    private List<LeadingGroupMember> members;
    private List<String> liaisons = List.of();
    private List<Discipline> schoolDisciplines = List.of();

    /** Runs on {@code f:viewAction}, after the id parameter is set. */
    public void load() throws IOException {
        if (school != null) {
            return;
        }
        if (id == null) {
            school = new School();
            members = new ArrayList<>();
            return;
        }
        try {
            school = schools.find(id);
        } catch (RecordNotFoundException e) {
            Faces.responseSendError(404, e.getMessage());
            Faces.responseComplete();
            return;
        }
        members = new ArrayList<>();
        for (LeadingGroupMember m : school.getLeadingGroup()) {
            members.add(new LeadingGroupMember(m.getName(), m.getTitle(), m.isChair()));
        }
        liaisons = schools.liaisonNames(id);
        schoolDisciplines = disciplines.ofSchool(id);
    }

    public void addMember() {
        members.add(new LeadingGroupMember());
    }

    public void removeMember(LeadingGroupMember member) {
        members.remove(member);
    }

    public void save() throws IOException {
        try {
            school.replaceLeadingGroup(members);
            School saved = school.isNew() ? schools.create(school) : schools.update(school);
            Texts.info("school.saved", saved.getCode());
            Faces.redirect(Faces.getRequestContextPath() + "/organization/school.xhtml?id=" + saved.getId());
        } catch (RuntimeException e) {
            failures.show("form", e);
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public School getSchool() {
        return school;
    }

    public List<LeadingGroupMember> getMembers() {
        return members;
    }

    public List<String> getLiaisons() {
        return liaisons;
    }

    public String getLiaisonText() {
        return String.join(", ", liaisons);
    }

    public List<Discipline> getSchoolDisciplines() {
        return schoolDisciplines;
    }
}
