package org.globaloffice.web.view.faculty;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.globaloffice.faculty.boundary.LanguageTraining;
import org.globaloffice.faculty.boundary.LanguageTraining.HoursEntry;
import org.globaloffice.faculty.boundary.FacultyMembers;
import org.globaloffice.faculty.entity.ClassLevel;
import org.globaloffice.faculty.entity.LanguageClass;
import org.globaloffice.faculty.entity.LanguageEnrolment;
import org.globaloffice.platform.error.RecordNotFoundException;
import org.globaloffice.platform.security.Role;
import org.globaloffice.web.i18n.Texts;
import org.globaloffice.web.support.Failures;
import org.omnifaces.util.Faces;

/**
 * {@code faculty/language-class.xhtml?id=…}: a foreign-language training class (the office edits it) and its members
 * with the hours each attended (the office records them; a liaison enrols and withdraws their school's members and
 * sees only them).
 */
@Named
@ViewScoped
public class LanguageClassBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A member's line: the enrolment as read, and the hours being typed. */
    public static final class MemberRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private final LanguageEnrolment enrolment;
        private int hours;

        MemberRow(LanguageEnrolment enrolment) {
            this.enrolment = enrolment;
            this.hours = enrolment.getAttendedHours();
        }

        public LanguageEnrolment getEnrolment() {
            return enrolment;
        }

        public int getHours() {
            return hours;
        }

        public void setHours(int hours) {
            this.hours = hours;
        }
    }

    @Inject
    LanguageTraining training;

    @Inject
    FacultyMembers members;

    @Inject
    Failures failures;

    private Long id;
    private LanguageClass languageClass;
    private List<MemberRow> rows;
    private String enrolling;

    public void load() throws IOException {
        if (languageClass != null) {
            return;
        }
        try {
            languageClass = id == null ? blank() : training.findClass(id);
        } catch (RecordNotFoundException e) {
            Faces.responseSendError(404, e.getMessage());
            Faces.responseComplete();
        }
    }

    private static LanguageClass blank() {
        LocalDate today = LocalDate.now();
        return new LanguageClass(today.getYear(), null, null, ClassLevel.BASIC, today, today, 0);
    }

    /** ADMIN and OFFICE run the classes: their details and the hours attended. */
    public boolean isEditable() {
        return Faces.isUserInRole(Role.ADMIN.name()) || Faces.isUserInRole(Role.OFFICE.name());
    }

    public boolean isMayEnrol() {
        return languageClass != null && !languageClass.isNew() && (isEditable() || Faces.isUserInRole(Role.LIAISON.name()));
    }

    public void save() throws IOException {
        try {
            LanguageClass saved = training.saveClass(languageClass);
            Texts.info("languageClass.saved", saved.getTitle());
            Faces.redirect(Faces.getRequestContextPath() + "/faculty/language-class.xhtml?id=" + saved.getId());
        } catch (RuntimeException e) {
            failures.show("form", e);
        }
    }

    public void delete() throws IOException {
        try {
            training.deleteClass(languageClass.getId(), languageClass.getVersion());
            Texts.info("languageClass.deleted", languageClass.getTitle());
            Faces.redirect(Faces.getRequestContextPath() + "/faculty/language-classes.xhtml");
        } catch (RuntimeException e) {
            failures.show("form", e);
        }
    }

    public List<MemberRow> getRows() {
        if (rows == null) {
            rows = languageClass == null || languageClass.isNew() ? List.of()
                    : training.enrolments(languageClass.getId()).stream().map(MemberRow::new).toList();
        }
        return rows;
    }

    public List<String> suggest(String typed) {
        return members.suggest(typed).stream().map(MemberChoice::label).toList();
    }

    public void enrol() {
        String staffNumber = MemberChoice.staffNumberOf(enrolling);
        try {
            LanguageEnrolment enrolment = training.enrol(languageClass.getId(), staffNumber);
            Texts.info("participant.enrolled", enrolment.getMember().displayName());
            enrolling = null;
            rows = null;
        } catch (RecordNotFoundException e) {
            Faces.validationFailed();
            Texts.error("members:member", "participant.unknownStaffNumber", staffNumber);
        } catch (RuntimeException e) {
            failures.show("members", e);
        }
    }

    public void saveHours() {
        List<HoursEntry> changed = getRows().stream()
                .filter(r -> r.getHours() != r.getEnrolment().getAttendedHours())
                .map(r -> new HoursEntry(r.getEnrolment().getId(), r.getEnrolment().getVersion(), r.getHours()))
                .toList();
        try {
            training.recordHours(languageClass.getId(), changed);
            Texts.info("attendance.saved", changed.size());
            rows = null;
        } catch (RuntimeException e) {
            failures.show("members", e);
        }
    }

    public void withdraw(MemberRow row) {
        try {
            training.withdraw(row.getEnrolment().getId(), row.getEnrolment().getVersion());
            Texts.info("participant.withdrawn", row.getEnrolment().getMember().getChineseName());
        } catch (RuntimeException e) {
            failures.show("members", e);
        }
        rows = null;
    }

    public ClassLevel[] getLevels() {
        return ClassLevel.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public LanguageClass getLanguageClass() {
        return languageClass;
    }

    public String getEnrolling() {
        return enrolling;
    }

    public void setEnrolling(String enrolling) {
        this.enrolling = enrolling;
    }
}
