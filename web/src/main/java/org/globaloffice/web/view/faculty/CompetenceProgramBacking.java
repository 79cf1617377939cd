package org.globaloffice.web.view.faculty;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.globaloffice.faculty.boundary.CompetencePrograms;
import org.globaloffice.faculty.boundary.CompetencePrograms.AttendanceEntry;
import org.globaloffice.faculty.boundary.CompetencePrograms.AttendanceLine;
import org.globaloffice.faculty.boundary.CompetencePrograms.Participant;
import org.globaloffice.faculty.boundary.FacultyMembers;
import org.globaloffice.faculty.control.CompetenceTotals;
import org.globaloffice.faculty.entity.CompetenceProgram;
import org.globaloffice.faculty.entity.CompetenceSession;
import org.globaloffice.faculty.entity.FacultyMember;
import org.globaloffice.faculty.entity.LecturerKind;
import org.globaloffice.organization.boundary.Schools;
import org.globaloffice.organization.entity.School;
import org.globaloffice.platform.error.RecordNotFoundException;
import org.globaloffice.platform.security.Role;
import org.globaloffice.web.i18n.Texts;
import org.globaloffice.web.support.Failures;
import org.globaloffice.web.support.ServiceLazyDataModel;
import org.omnifaces.util.Faces;

/**
 * {@code faculty/competence-program.xhtml?id=…}: a global competence program with its totals, and tabs for the
 * program itself, its sessions with their lecturers, its participants (enrol, withdraw) and the attendance of one
 * session at a time. Editing controls follow what the service says the caller may change; the service checks again.
 */
@Named
@ViewScoped
public class CompetenceProgramBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A participant's line of the attendance table: what was recorded, and the hours being typed. */
    public static final class AttendanceRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private final AttendanceLine line;
        private Integer hours;

        AttendanceRow(AttendanceLine line) {
            this.line = line;
            this.hours = line.hours();
        }

        public AttendanceLine getLine() {
            return line;
        }

        public Integer getHours() {
            return hours;
        }

        public void setHours(Integer hours) {
            this.hours = hours;
        }

        boolean changed() {
            return !Objects.equals(hours, line.hours());
        }
    }

    @Inject
    CompetencePrograms programs;

    @Inject
    Schools schools;

    @Inject
    FacultyMembers members;

    @Inject
    Failures failures;

    private Long id;
    private CompetenceProgram program;
    private boolean editable;
    private Long schoolId;
    private List<School> schoolChoices;
    private CompetenceTotals.ProgramTotals totals;
    private int requiredPercent;

    private List<CompetenceSession> sessions;
    private CompetenceSession editingSession;

    private ServiceLazyDataModel<Participant> participants;
    private String enrolling;
    private String staffNumberFilter;
    private String nameFilter;

    private Long attendanceSessionId;
    private List<AttendanceRow> attendance = List.of();

    public void load() throws IOException {
        if (program != null) {
            return;
        }
        schoolChoices = schools.inScope();
        try {
            program = id == null ? newProgram() : programs.find(id);
        } catch (RecordNotFoundException e) {
            Faces.responseSendError(404, e.getMessage());
            Faces.responseComplete();
            return;
        }
        editable = program.isNew() ? mayCreate() : programs.mayEdit(program);
        schoolId = program.getSchool() == null ? null : program.getSchool().getId();
        if (!program.isNew()) {
            Long programId = program.getId();
            CompetencePrograms service = programs;
            participants = new ServiceLazyDataModel<>(request -> service.participants(programId, request))
                    .withFilters(this::participantFilters);
            rereadTotals();
        }
    }

    private CompetenceProgram newProgram() {
        CompetenceProgram blank = new CompetenceProgram(LocalDate.now().getYear(), null, null);
        if (!Faces.isUserInRole(Role.ADMIN.name()) && !Faces.isUserInRole(Role.OFFICE.name())
                && schoolChoices.size() == 1) {
            // a school's liaison organises for their school: a program of the whole university is the office's
            blank.setSchool(schoolChoices.get(0));
            blank.setOrganiser(schoolChoices.get(0).getName().getZh() + " " + schoolChoices.get(0).getName().getEn());
        }
        return blank;
    }

    private static boolean mayCreate() {
        return Faces.isUserInRole(Role.ADMIN.name()) || Faces.isUserInRole(Role.OFFICE.name())
                || Faces.isUserInRole(Role.LIAISON.name());
    }

    /** Who may enrol and withdraw participants (their own school's, for a liaison). */
    public boolean isMayEnrol() {
        return program != null && !program.isNew() && mayCreate();
    }

    private Map<String, Object> participantFilters() {
        Map<String, Object> filters = new HashMap<>();
        filters.put("member.staffNumber", staffNumberFilter);
        filters.put("member.chineseName", nameFilter);
        return filters;
    }

    private void rereadTotals() {
        totals = programs.totals(program.getId());
        requiredPercent = programs.rule().requiredPercent();
    }

    // --- the program --------------------------------------------------------------------------------------------

    public void save() throws IOException {
        try {
            program.setSchool(schoolId == null ? null : schoolChoices.stream().filter(s -> s.getId().equals(schoolId))
                    .findFirst().orElseThrow(() -> new RecordNotFoundException("School", schoolId)));
            CompetenceProgram saved = programs.save(program);
            Texts.info("competence.saved", saved.getTitle());
            Faces.redirect(Faces.getRequestContextPath() + "/faculty/competence-program.xhtml?id=" + saved.getId());
        } catch (RuntimeException e) {
            failures.show("tabs:form", e);
        }
    }

    public void delete() throws IOException {
        try {
            programs.delete(program.getId(), program.getVersion());
            Texts.info("competence.deleted", program.getTitle());
            Faces.redirect(Faces.getRequestContextPath() + "/faculty/competence-programs.xhtml");
        } catch (RuntimeException e) {
            failures.show("tabs:form", e);
        }
    }

    // --- sessions -----------------------------------------------------------------------------------------------

    public List<CompetenceSession> getSessions() {
        if (sessions == null) {
            sessions = program == null || program.isNew() ? List.of() : programs.sessions(program.getId());
        }
        return sessions;
    }

    public void newSession() {
        LocalDate start = LocalDate.now();
        editingSession = new CompetenceSession(null, start, start, 0);
        editingSession.addLecturer(null, LecturerKind.FOREIGN, null);
    }

    public void editSession(CompetenceSession session) {
        sessions = null;
        editingSession = getSessions().stream().filter(s -> s.getId().equals(session.getId())).findFirst()
                .orElse(null);
    }

    public void addLecturer() {
        editingSession.addLecturer(null, LecturerKind.INTERNAL, null);
    }

    public void removeLecturer(int index) {
        editingSession.getLecturers().remove(index);
    }

    public void saveSession() {
        try {
            programs.saveSession(program.getId(), editingSession);
            Texts.info("session.saved", editingSession.getTheme());
            editingSession = null;
            sessionsChanged();
        } catch (RuntimeException e) {
            failures.show("tabs:sessions", e);
        }
    }

    public void cancelSession() {
        editingSession = null;
        sessions = null;
    }

    public void deleteSession(CompetenceSession session) {
        try {
            programs.deleteSession(session.getId(), session.getVersion());
            Texts.info("record.deleted");
            editingSession = null;
            if (Objects.equals(attendanceSessionId, session.getId())) {
                attendanceSessionId = null;
            }
        } catch (RuntimeException e) {
            failures.show("tabs:sessions", e);
        }
        sessionsChanged();
    }

    private void sessionsChanged() {
        sessions = null;
        openAttendance();
        rereadTotals();
    }

    public LecturerKind[] getLecturerKinds() {
        return LecturerKind.values();
    }

    // --- participants -------------------------------------------------------------------------------------------

    /** Suggestions while a staff number or name is typed: "T2021001 王伟 · FL". */
    public List<String> suggest(String typed) {
        return members.suggest(typed).stream().map(MemberChoice::label).toList();
    }


    public void enrol() {
        try {
            var enrolment = programs.enrol(program.getId(), MemberChoice.staffNumberOf(enrolling));
            Texts.info("participant.enrolled", enrolment.getMember().displayName());
            enrolling = null;
            participantsChanged();
        } catch (RecordNotFoundException e) {
            Faces.validationFailed();
            Texts.error("tabs:participants:member", "participant.unknownStaffNumber", MemberChoice.staffNumberOf(enrolling));
        } catch (RuntimeException e) {
            failures.show("tabs:participants", e);
        }
    }

    /** The participant's bilingual certificate of completion; the service refuses one who has not completed. */
    public void downloadCertificate(Participant participant) throws IOException {
        try {
            var certificate = programs.certificate(program.getId(), participant.memberId());
            Faces.sendFile(org.globaloffice.reporting.faculty.CertificatePdf.render(certificate),
                    org.globaloffice.reporting.faculty.CertificatePdf.fileName(certificate), true);
        } catch (RuntimeException e) {
            failures.show("tabs:participants", e);
        }
    }

    public void withdraw(Participant participant) {
        try {
            programs.withdraw(participant.enrolmentId(), participant.version());
            Texts.info("participant.withdrawn", participant.chineseName());
        } catch (RuntimeException e) {
            failures.show("tabs:participants", e);
        }
        participantsChanged();
    }

    private void participantsChanged() {
        openAttendance();
        rereadTotals();
    }

    // --- attendance ---------------------------------------------------------------------------------------------

    /** Reads the attendance of the chosen session again (after choosing it, or after any change). */
    public void openAttendance() {
        attendance = attendanceSessionId == null ? List.of()
                : programs.attendance(attendanceSessionId).stream().map(AttendanceRow::new).toList();
    }

    public CompetenceSession getAttendanceSession() {
        return attendanceSessionId == null ? null : getSessions().stream()
                .filter(s -> s.getId().equals(attendanceSessionId)).findFirst().orElse(null);
    }

    /** Everyone attended the whole session: fills every line with the session's hours (saved with the rest). */
    public void fillAll() {
        CompetenceSession session = getAttendanceSession();
        if (session != null) {
            attendance.forEach(row -> row.setHours(session.getHours()));
        }
    }

    public void saveAttendance() {
        List<AttendanceEntry> changed = new ArrayList<>();
        attendance.stream().filter(AttendanceRow::changed).forEach(row -> changed.add(new AttendanceEntry(
                row.getLine().memberId(), row.getHours(), row.getLine().version())));
        try {
            programs.recordAttendance(attendanceSessionId, changed);
            Texts.info("attendance.saved", changed.size());
            openAttendance();
            rereadTotals();
        } catch (RuntimeException e) {
            failures.show("tabs:attendance", e);
        }
    }

    // --- properties ---------------------------------------------------------------------------------------------

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public CompetenceProgram getProgram() {
        return program;
    }

    public boolean isEditable() {
        return editable;
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

    /** Only ADMIN and OFFICE may organise a program for the whole university. */
    public boolean isMayChooseUniversity() {
        return Faces.isUserInRole(Role.ADMIN.name()) || Faces.isUserInRole(Role.OFFICE.name());
    }

    public CompetenceTotals.ProgramTotals getTotals() {
        return totals;
    }

    public int getRequiredPercent() {
        return requiredPercent;
    }

    public CompetenceSession getEditingSession() {
        return editingSession;
    }

    public boolean isSessionEditorOpen() {
        return editingSession != null;
    }

    public ServiceLazyDataModel<Participant> getParticipants() {
        return participants;
    }

    public String getEnrolling() {
        return enrolling;
    }

    public void setEnrolling(String enrolling) {
        this.enrolling = enrolling;
    }

    public String getStaffNumberFilter() {
        return staffNumberFilter;
    }

    public void setStaffNumberFilter(String staffNumberFilter) {
        this.staffNumberFilter = staffNumberFilter;
    }

    public String getNameFilter() {
        return nameFilter;
    }

    public void setNameFilter(String nameFilter) {
        this.nameFilter = nameFilter;
    }

    public Long getAttendanceSessionId() {
        return attendanceSessionId;
    }

    public void setAttendanceSessionId(Long attendanceSessionId) {
        this.attendanceSessionId = attendanceSessionId;
    }

    public List<AttendanceRow> getAttendance() {
        return attendance;
    }
}
