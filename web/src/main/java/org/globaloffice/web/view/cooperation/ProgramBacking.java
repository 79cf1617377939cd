package org.globaloffice.web.view.cooperation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.globaloffice.cooperation.boundary.CooperativePrograms;
import org.globaloffice.cooperation.boundary.Curricula;
import org.globaloffice.cooperation.boundary.ProgramFiles;
import org.globaloffice.foreignteacher.boundary.ForeignExperts;
import org.globaloffice.foreignteacher.entity.ForeignExpert;
import org.globaloffice.platform.paging.PageRequest;
import org.globaloffice.cooperation.control.CurriculumFigures;
import org.globaloffice.cooperation.control.FourThirdsCheck;
import org.globaloffice.cooperation.entity.ComplianceRecord;
import org.globaloffice.cooperation.entity.CooperativeProgram;
import org.globaloffice.cooperation.entity.CourseTeacher;
import org.globaloffice.cooperation.entity.CurriculumCourse;
import org.globaloffice.cooperation.entity.ProgramLevel;
import org.globaloffice.cooperation.entity.ProgramStatus;
import org.globaloffice.cooperation.entity.TeacherSide;
import org.globaloffice.organization.boundary.Disciplines;
import org.globaloffice.organization.boundary.Schools;
import org.globaloffice.organization.entity.Discipline;
import org.globaloffice.organization.entity.School;
import org.globaloffice.partner.boundary.Partners;
import org.globaloffice.partner.entity.PartnerInstitution;
import org.globaloffice.platform.error.RecordNotFoundException;
import org.globaloffice.web.i18n.Texts;
import org.globaloffice.web.support.Failures;
import org.omnifaces.util.Faces;

/**
 * {@code cooperation/program.xhtml?id=…&year=…}: a cooperative program's details and partners, its curriculum of one
 * academic year with the course editor, the four one-thirds shares — recomputed from what is being typed, before it
 * is saved — and the kept history of the check.
 */
@Named
@ViewScoped
public class ProgramBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One share as the page shows it: its name, a/b, the percentage, its status and the fixes in words. */
    public record ShareRow(String criterion, String fraction, String percent, String status, boolean met,
            List<String> fixes) implements Serializable {
    }

    @Inject
    CooperativePrograms programs;

    @Inject
    Curricula curricula;

    @Inject
    Schools schools;

    @Inject
    Disciplines disciplines;

    @Inject
    Partners partners;

    @Inject
    Failures failures;

    @Inject
    ProgramFiles files;

    @Inject
    ForeignExperts experts;

    private Long id;
    private Integer year;
    private CooperativeProgram program;
    private Long schoolId;
    private Long disciplineId;
    private List<Long> partnerIds = new ArrayList<>();
    private List<School> schoolChoices;
    private List<PartnerInstitution> partnerChoices;
    private List<CurriculumCourse> courses = List.of();
    private List<Integer> years = List.of();
    private CurriculumCourse editing;
    private List<ShareRow> shares = List.of();
    private boolean compliant;
    private List<ComplianceRecord> history;
    private List<String> flags = List.of();
    private List<ForeignExpert> expertChoices;

    public void load() throws IOException {
        if (program != null) {
            return;
        }
        schoolChoices = schools.inScope();
        partnerChoices = partners.all();
        try {
            program = id == null ? new CooperativeProgram() : programs.find(id);
        } catch (RecordNotFoundException e) {
            Faces.responseSendError(404, e.getMessage());
            Faces.responseComplete();
            return;
        }
        if (program.getSchool() != null) {
            schoolId = program.getSchool().getId();
        } else if (schoolChoices.size() == 1) {
            schoolId = schoolChoices.get(0).getId();
        }
        disciplineId = program.getDiscipline() == null ? null : program.getDiscipline().getId();
        partnerIds = new ArrayList<>(program.getPartners().stream().map(PartnerInstitution::getId).toList());
        if (!program.isNew()) {
            years = curricula.years(id);
            if (year == null) {
                year = years.isEmpty() ? currentAcademicYear() : years.get(0);
            }
            readCurriculum();
            rereadFlags();
        }
    }

    /** The program's risk flags in words, read again after any change to its file. */
    public void rereadFlags() {
        flags = files.riskFlags(program.getId()).stream()
                .map(f -> Texts.text(f.kind().messageKey(), f.figures().toArray())).toList();
    }

    public List<String> getFlags() {
        return flags;
    }

    private static int currentAcademicYear() {
        LocalDate today = LocalDate.now();
        return today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1;
    }

    private void readCurriculum() {
        courses = curricula.courses(program.getId(), year);
        history = null;
        recheck();
    }

    /**
     * The shares of the curriculum as it would be with the course being edited saved; while that course is not yet
     * complete enough to count (no code or hours, more hours taught than it has, a code already used), as saved.
     */
    public void recheck() {
        List<CurriculumCourse> others = editing == null ? courses : courses.stream()
                .filter(c -> editing.isNew() || !Objects.equals(c.getId(), editing.getId())).toList();
        boolean countable = editing != null && editing.getCode() != null && !editing.getCode().isBlank()
                && editing.getTeachingHours() > 0 && editing.taughtHours() <= editing.getTeachingHours()
                && others.stream().noneMatch(c -> c.getCode().equalsIgnoreCase(editing.getCode()));
        List<CurriculumCourse> shown = countable ? Stream.concat(others.stream(), Stream.of(editing)).toList() : courses;
        FourThirdsCheck.Result result = CurriculumFigures.check(shown);
        compliant = result.isCompliant();
        shares = result.shares().stream().map(share -> new ShareRow(Texts.text(share.criterion().messageKey()),
                share.ratio().toString(), share.ratio().isDefined() ? share.ratio().percentText() : "—",
                Texts.text(share.status().messageKey()), share.met(),
                share.fixes().stream().map(fix -> Texts.text(fix.change().messageKey(), fix.amount(),
                        String.join(", ", fix.courses()))).toList())).toList();
    }

    public void save() throws IOException {
        try {
            program.setSchool(schoolChoices.stream().filter(s -> s.getId().equals(schoolId)).findFirst()
                    .orElseThrow(() -> new RecordNotFoundException("School", schoolId)));
            program.setDiscipline(disciplineId == null ? null : getDisciplineChoices().stream()
                    .filter(d -> d.getId().equals(disciplineId)).findFirst().orElse(null));
            CooperativeProgram saved = programs.save(program, partnerIds);
            Texts.info("program.saved", saved.getName().getZh());
            Faces.redirect(Faces.getRequestContextPath() + "/cooperation/program.xhtml?id=" + saved.getId());
        } catch (RuntimeException e) {
            failures.show("form", e);
        }
    }

    public void openYear() {
        editing = null;
        readCurriculum();
    }

    public void newCourse() {
        editing = new CurriculumCourse();
        editing.setTeachers(List.of(new CourseTeacher(TeacherSide.PARTNER, "", 0)));
        recheck();
    }

    public void editCourse(CurriculumCourse course) {
        editing = courses.stream().filter(c -> c.getId().equals(course.getId())).findFirst().orElse(null);
        recheck();
    }

    public void addTeacher() {
        List<CourseTeacher> teachers = new ArrayList<>(editing.getTeachers());
        teachers.add(new CourseTeacher(TeacherSide.CHINESE, "", 0));
        editing.setTeachers(teachers);
        recheck();
    }

    public void removeTeacher(int index) {
        List<CourseTeacher> teachers = new ArrayList<>(editing.getTeachers());
        teachers.remove(index);
        editing.setTeachers(teachers);
        recheck();
    }

    public void saveCourse() {
        try {
            curricula.save(program.getId(), year, editing);
            Texts.info("course.saved", editing.getCode());
            editing = null;
            years = curricula.years(program.getId());
            readCurriculum();
            rereadFlags();
        } catch (RuntimeException e) {
            failures.show("curriculum", e);
        }
    }

    public void cancelCourse() {
        editing = null;
        readCurriculum();
    }

    public void deleteCourse(CurriculumCourse course) {
        try {
            curricula.delete(course.getId(), course.getVersion());
            Texts.info("record.deleted");
        } catch (RuntimeException e) {
            failures.show("curriculum", e);
        }
        editing = null;
        years = curricula.years(program.getId());
        readCurriculum();
        rereadFlags();
    }

    public List<ComplianceRecord> getHistory() {
        if (history == null) {
            history = program == null || program.isNew() ? List.of() : curricula.history(program.getId());
        }
        return history;
    }

    /** The foreign teachers of the program's school, to link a partner-side teacher to their record. */
    public List<ForeignExpert> getExpertChoices() {
        if (expertChoices == null) {
            expertChoices = program == null || program.getSchool() == null ? List.of() : experts.page(
                    new PageRequest(0, PageRequest.MAX_SIZE, "nativeName", true,
                            java.util.Map.of("school.id", program.getSchool().getId()))).rows();
        }
        return expertChoices;
    }

    public String fractionOf(long numerator, long denominator) {
        return numerator + "/" + denominator;
    }

    public List<Discipline> getDisciplineChoices() {
        return schoolId == null ? List.of() : disciplines.ofSchool(schoolId);
    }

    public ProgramLevel[] getLevels() {
        return ProgramLevel.values();
    }

    public ProgramStatus[] getStatuses() {
        return ProgramStatus.values();
    }

    public TeacherSide[] getSides() {
        return TeacherSide.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public CooperativeProgram getProgram() {
        return program;
    }

    public Long getSchoolId() {
        return schoolId;
    }

    public void setSchoolId(Long schoolId) {
        this.schoolId = schoolId;
    }

    public Long getDisciplineId() {
        return disciplineId;
    }

    public void setDisciplineId(Long disciplineId) {
        this.disciplineId = disciplineId;
    }

    public List<Long> getPartnerIds() {
        return partnerIds;
    }

    public void setPartnerIds(List<Long> partnerIds) {
        this.partnerIds = partnerIds;
    }

    public List<School> getSchoolChoices() {
        return schoolChoices;
    }

    public List<PartnerInstitution> getPartnerChoices() {
        return partnerChoices;
    }

    public List<CurriculumCourse> getCourses() {
        return courses;
    }

    public List<Integer> getYears() {
        return years;
    }

    public CurriculumCourse getEditing() {
        return editing;
    }

    public boolean isEditorOpen() {
        return editing != null;
    }

    public List<ShareRow> getShares() {
        return shares;
    }

    public boolean isCompliant() {
        return compliant;
    }
}
