package org.globaloffice.web.view.faculty;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.globaloffice.faculty.boundary.LanguageTraining;
import org.globaloffice.faculty.boundary.FacultyMembers;
import org.globaloffice.faculty.entity.LanguageAssessment;
import org.globaloffice.organization.boundary.Schools;
import org.globaloffice.organization.entity.School;
import org.globaloffice.platform.error.RecordNotFoundException;
import org.globaloffice.platform.security.Role;
import org.globaloffice.web.i18n.Texts;
import org.globaloffice.web.support.Failures;
import org.globaloffice.web.support.ServiceLazyDataModel;
import org.omnifaces.util.Faces;

/**
 * {@code faculty/language-assessments.xhtml}: the results of members' language tests in the caller's scope, filtered
 * by member, school, test, year and result; filed and corrected below the list; exported as XLSX for the performance
 * appraisal with the same filters.
 */
@Named
@ViewScoped
public class LanguageAssessmentsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    LanguageTraining training;

    @Inject
    FacultyMembers members;

    @Inject
    Schools schools;

    @Inject
    Failures failures;

    private ServiceLazyDataModel<LanguageAssessment> model;
    private List<School> schoolChoices;
    private String staffNumber;
    private String name;
    private Long schoolId;
    private String test;
    private Integer year;
    private Boolean passed;

    private LanguageAssessment editing;
    private String editingMember;

    @PostConstruct
    void init() {
        LanguageTraining service = training;
        schoolChoices = schools.inScope();
        model = new ServiceLazyDataModel<>(service::assessments).withFilters(this::filters);
    }

    private Map<String, Object> filters() {
        Map<String, Object> filters = new HashMap<>();
        filters.put("member.staffNumber", staffNumber);
        filters.put("member.chineseName", name);
        filters.put("member.school.id", schoolId);
        filters.put("testName", test);
        filters.put(LanguageTraining.YEAR, year);
        filters.put("passed", passed);
        filters.values().removeIf(v -> v == null);
        return filters;
    }

    /** ADMIN, OFFICE and the liaisons file results (a liaison, their school's). */
    public boolean isEditable() {
        return Faces.isUserInRole(Role.ADMIN.name()) || Faces.isUserInRole(Role.OFFICE.name())
                || Faces.isUserInRole(Role.LIAISON.name());
    }

    public void startNew() {
        editing = new LanguageAssessment(null, LocalDate.now(), null, false);
        editingMember = null;
    }

    public void edit(LanguageAssessment assessment) {
        try {
            editing = training.findAssessment(assessment.getId());
            editingMember = MemberChoice.label(editing.getMember());
        } catch (RuntimeException e) {
            failures.show("assessments", e);
        }
    }

    public void cancel() {
        editing = null;
        editingMember = null;
    }

    public void save() {
        String number = MemberChoice.staffNumberOf(editingMember);
        try {
            training.saveAssessment(editing, number);
            Texts.info("record.saved");
            cancel();
        } catch (RecordNotFoundException e) {
            if (!editing.isNew()) {
                failures.show("assessments", e);
                return;
            }
            Faces.validationFailed();
            Texts.error("assessments:member", "participant.unknownStaffNumber", number);
        } catch (RuntimeException e) {
            failures.show("assessments", e);
        }
    }

    public void delete(LanguageAssessment assessment) {
        try {
            training.deleteAssessment(assessment.getId(), assessment.getVersion());
            Texts.info("record.deleted");
            cancel();
        } catch (RuntimeException e) {
            failures.show("assessments", e);
        }
    }

    /** The results the filters leave, as a workbook in the user's language. */
    public void export() throws IOException {
        byte[] workbook = training.exportAssessments(filters(), Faces.getLocale());
        Faces.sendFile(workbook, Texts.text("languageAssessment.export.fileName", LocalDate.now().toString()), true);
    }

    public List<String> suggest(String typed) {
        return members.suggest(typed).stream().map(MemberChoice::label).toList();
    }

    public ServiceLazyDataModel<LanguageAssessment> getModel() {
        return model;
    }

    public List<School> getSchoolChoices() {
        return schoolChoices;
    }

    public String getStaffNumber() {
        return staffNumber;
    }

    public void setStaffNumber(String staffNumber) {
        this.staffNumber = staffNumber;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Long getSchoolId() {
        return schoolId;
    }

    public void setSchoolId(Long schoolId) {
        this.schoolId = schoolId;
    }

    public String getTest() {
        return test;
    }

    public void setTest(String test) {
        this.test = test;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public Boolean getPassed() {
        return passed;
    }

    public void setPassed(Boolean passed) {
        this.passed = passed;
    }

    public LanguageAssessment getEditing() {
        return editing;
    }

    public boolean isEditorOpen() {
        return editing != null;
    }

    public String getEditingMember() {
        return editingMember;
    }

    public void setEditingMember(String editingMember) {
        this.editingMember = editingMember;
    }
}
