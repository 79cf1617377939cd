package org.globaloffice.web.view.faculty;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.globaloffice.faculty.boundary.YoungTutors;
import org.globaloffice.faculty.boundary.YoungTutors.Candidate;
import org.globaloffice.faculty.entity.YoungTutor;
import org.globaloffice.organization.boundary.Schools;
import org.globaloffice.organization.entity.School;
import org.globaloffice.platform.error.RuleViolationException;
import org.globaloffice.web.i18n.Texts;
import org.globaloffice.web.support.Failures;
import org.globaloffice.web.support.ServiceLazyDataModel;

/**
 * {@code faculty/tutors.xhtml}: the young tutors appointed per major and year, and, for a school, its teachers as
 * candidates — each eligible one with a button, each other one with the reason.
 */
@Named
@ViewScoped
public class TutorsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    YoungTutors tutors;

    @Inject
    Schools schools;

    @Inject
    Failures failures;

    private ServiceLazyDataModel<YoungTutor> model;
    private List<School> schoolChoices;
    private Long schoolId;
    private String major;
    private Integer year = LocalDate.now().getYear();
    private String note;
    private List<Candidate> candidates = List.of();

    @PostConstruct
    void init() {
        schoolChoices = schools.inScope();
        if (schoolChoices.size() == 1) {
            schoolId = schoolChoices.get(0).getId();
        }
        model = new ServiceLazyDataModel<>(tutors::page).withFilters(this::filters);
        readCandidates();
    }

    private Map<String, Object> filters() {
        Map<String, Object> filters = new HashMap<>();
        filters.put("member.school.id", schoolId);
        return filters;
    }

    public void readCandidates() {
        candidates = schoolId == null ? List.of() : tutors.candidates(schoolId);
    }

    /** Why the candidate may not be appointed, in words; null for an eligible one. */
    public String reason(Candidate candidate) {
        return candidate.eligibility().eligible() ? null
                : Texts.text(candidate.eligibility().reasonKey(), candidate.eligibility().reasonArgs().toArray());
    }

    public void appoint(Candidate candidate) {
        try {
            if (major == null || major.isBlank()) {
                throw new RuleViolationException("major", "tutor.major.required");
            }
            if (year == null) {
                throw new RuleViolationException("year", "program.year.required");
            }
            tutors.appoint(candidate.member().getId(), major, year, note);
            Texts.info("tutor.appointed", candidate.member().getChineseName(), major.strip());
        } catch (RuntimeException e) {
            failures.show("appoint", e);
        }
    }

    public void remove(YoungTutor tutor) {
        try {
            tutors.remove(tutor.getId(), tutor.getVersion());
            Texts.info("record.deleted");
        } catch (RuntimeException e) {
            failures.show("tutors", e);
        }
    }

    public ServiceLazyDataModel<YoungTutor> getModel() {
        return model;
    }

    public List<School> getSchoolChoices() {
        return schoolChoices;
    }

    public Long getSchoolId() {
        return schoolId;
    }

    public void setSchoolId(Long schoolId) {
        this.schoolId = schoolId;
    }

    public String getMajor() {
        return major;
    }

    public void setMajor(String major) {
        this.major = major;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public List<Candidate> getCandidates() {
        return candidates;
    }
}
