package org.globaloffice.faculty.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.globaloffice.faculty.control.LanguageAssessmentWorkbook;
import org.globaloffice.faculty.entity.FacultyMember;
import org.globaloffice.faculty.entity.LanguageAssessment;
import org.globaloffice.faculty.entity.LanguageClass;
import org.globaloffice.faculty.entity.LanguageEnrolment;
import org.globaloffice.platform.entity.Versions;
import org.globaloffice.platform.error.RecordNotFoundException;
import org.globaloffice.platform.error.RuleViolationException;
import org.globaloffice.platform.paging.CriteriaPage;
import org.globaloffice.platform.paging.Page;
import org.globaloffice.platform.paging.PageRequest;
import org.globaloffice.platform.security.CallerScope;
import org.globaloffice.platform.security.Role;

/**
 * Faculty's foreign-language ability: the office's training classes (seed 001: English improvement for management
 * staff, basic and advanced), who enrolled and the hours they attended, and the results of language tests that
 * feed the teachers' performance appraisal (seed 004).
 * <p>
 * Everybody reads the classes; ADMIN and OFFICE run them (the classes, the attended hours). A LIAISON enrols and
 * withdraws their own school's members; a caller bound to a school sees only their school's members in a class and
 * only their school's assessments. Assessments are filed by ADMIN, OFFICE and the LIAISON of the member's school.
 */
@Stateless
public class LanguageTraining {

    static final Set<String> CLASS_FILTERS = Set.of("year", "level", "language", "title");
    static final Set<String> CLASS_SORTS = Set.of("year", "level", "language", "title", "startsOn");

    static final Set<String> ASSESSMENT_FILTERS = Set.of("member.staffNumber", "member.chineseName",
            "member.school.id", "testName", "passed", "takenOn");
    static final Set<String> ASSESSMENT_SORTS = Set.of("member.staffNumber", "member.chineseName",
            "member.school.code", "testName", "takenOn", "score", "passed");
    /** Filter of assessments: the calendar year the test was taken in. */
    public static final String YEAR = "year";

    static final int EXPORT_BATCH = PageRequest.MAX_SIZE;

    /** The hours one enrolled member attended, as the user saw the enrolment ({@code version}). */
    public record HoursEntry(long enrolmentId, long version, int hours) implements Serializable {
    }

    @PersistenceContext(unitName = "globaloffice")
    EntityManager em;

    @Inject
    CallerScope callers;

    @Inject
    FacultyMembers members;

    // --- classes ----------------------------------------------------------------------------------------------

    @RolesAllowed({Role.Name.ADMIN, Role.Name.OFFICE, Role.Name.LIAISON, Role.Name.LEADER, Role.Name.AUDITOR})
    public Page<LanguageClass> classes(PageRequest request) {
        return new CriteriaPage<>(em, LanguageClass.class, CLASS_FILTERS, CLASS_SORTS, "year", false).fetch(request);
    }

    @RolesAllowed({Role.Name.ADMIN, Role.Name.OFFICE, Role.Name.LIAISON, Role.Name.LEADER, Role.Name.AUDITOR})
    public LanguageClass findClass(Long id) {
        LanguageClass languageClass = id == null ? null : em.find(LanguageClass.class, id);
        if (languageClass == null) {
            throw new RecordNotFoundException("LanguageClass", id);
        }
        return languageClass;
    }

    /** Saves a new or changed class; it cannot be cut to fewer hours than a member attended. */
    @RolesAllowed({Role.Name.ADMIN, Role.Name.OFFICE})
    public LanguageClass saveClass(LanguageClass languageClass) {
        languageClass.checkConsistency();
        LanguageClass saved;
        if (languageClass.isNew()) {
            em.persist(languageClass);
            saved = languageClass;
        } else {
            Versions.ensureCurrent(findClass(languageClass.getId()), languageClass.getVersion());
            Number most = em.createQuery("select max(e.attendedHours) from LanguageEnrolment e"
                    + " where e.languageClass.id = :class", Number.class)
                    .setParameter("class", languageClass.getId()).getSingleResult();
            if (most != null && languageClass.getHours() < most.intValue()) {
                throw new RuleViolationException("hours", "languageClass.hours.belowAttendance", most.intValue());
            }
            saved = em.merge(languageClass);
        }
        em.flush();
        return saved;
    }

    /** Deletes a class nobody enrolled in; one with members is refused. */
    @RolesAllowed({Role.Name.ADMIN, Role.Name.OFFICE})
    public void deleteClass(Long id, long version) {
        LanguageClass languageClass = findClass(id);
        Versions.ensureCurrent(languageClass, version);
        long enrolled = em.createQuery("select count(e) from LanguageEnrolment e where e.languageClass.id = :class",
                Long.class).setParameter("class", id).getSingleResult();
        if (enrolled > 0) {
            throw new RuleViolationException(null, "languageClass.delete.hasMembers", enrolled);
        }
        em.remove(languageClass);
        em.flush();
    }

    // --- enrolments -------------------------------------------------------------------------------------------

    /** The class's members the caller may see, in staff-number order. */
    @RolesAllowed({Role.Name.ADMIN, Role.Name.OFFICE, Role.Name.LIAISON, Role.Name.LEADER, Role.Name.AUDITOR})
    public List<LanguageEnrolment> enrolments(Long classId) {
        findClass(classId);
        Long school = callers.current().schoolId();
        TypedQuery<LanguageEnrolment> query = em.createQuery("select e from LanguageEnrolment e join fetch e.member"
                + " where e.languageClass.id = :class" + (school == null ? "" : " and e.member.school.id = :school")
                + " order by e.member.staffNumber", LanguageEnrolment.class).setParameter("class", classId);
        if (school != null) {
            query.setParameter("school", school);
        }
        return query.getResultList();
    }

    /** Enrols the member of this staff number; a caller bound to a school finds only their school's members. */
    @RolesAllowed({Role.Name.ADMIN, Role.Name.OFFICE, Role.Name.LIAISON})
    public LanguageEnrolment enrol(Long classId, String staffNumber) {
        LanguageClass languageClass = findClass(classId);
        FacultyMember member = members.findByStaffNumber(staffNumber);
        if (!member.isActive()) {
            throw new RuleViolationException("member", "competence.enrolment.inactive", member.getStaffNumber());
        }
        long already = em.createQuery("select count(e) from LanguageEnrolment e where e.languageClass.id = :class"
                + " and e.member.id = :member", Long.class).setParameter("class", classId)
                .setParameter("member", member.getId()).getSingleResult();
        if (already > 0) {
            throw new RuleViolationException("member", "languageClass.enrolment.duplicate", member.getStaffNumber(),
                    member.displayName());
        }
        LanguageEnrolment enrolment = new LanguageEnrolment(languageClass, member);
        em.persist(enrolment);
        em.flush();
        return enrolment;
    }

    /**
     * Keeps the hours attended of these members of the class, all or none: each between 0 and the class's hours;
     * an enrolment someone else changed since the user read it is refused.
     */
    @RolesAllowed({Role.Name.ADMIN, Role.Name.OFFICE})
    public void recordHours(Long classId, Collection<HoursEntry> entries) {
        findClass(classId);
        Map<Long, LanguageEnrolment> enrolled = em.createQuery("select e from LanguageEnrolment e"
                + " where e.languageClass.id = :class", LanguageEnrolment.class).setParameter("class", classId)
                .getResultStream().collect(Collectors.toMap(LanguageEnrolment::getId, Function.identity()));
        for (HoursEntry entry : entries) {
            LanguageEnrolment enrolment = enrolled.get(entry.enrolmentId());
            if (enrolment == null) {
                throw new RecordNotFoundException("LanguageEnrolment", entry.enrolmentId());
            }
            Versions.ensureCurrent(enrolment, entry.version());
            if (enrolment.getAttendedHours() != entry.hours()) {
                try {
                    enrolment.setAttendedHours(entry.hours());
                } catch (RuleViolationException outOfRange) {
                    throw new RuleViolationException(null, "attendance.hours.rangeOf",
                            enrolment.getMember().getStaffNumber(), entry.hours(),
                            enrolment.getLanguageClass().getHours());
                }
            }
        }
        em.flush();
    }

    /** Withdraws a member from a class; a caller bound to a school may withdraw only their school's members. */
    @RolesAllowed({Role.Name.ADMIN, Role.Name.OFFICE, Role.Name.LIAISON})
    public void withdraw(Long enrolmentId, long version) {
        LanguageEnrolment enrolment = enrolmentId == null ? null : em.find(LanguageEnrolment.class, enrolmentId);
        if (enrolment == null || !callers.current().mayAccessSchool(enrolment.getMember().getSchool().getId())) {
            throw new RecordNotFoundException("LanguageEnrolment", enrolmentId);
        }
        Versions.ensureCurrent(enrolment, version);
        em.remove(enrolment);
        em.flush();
    }

    // --- assessments ------------------------------------------------------------------------------------------

    /**
     * One page of the results of the caller's scope. Filters: {@code member.staffNumber}, {@code member.chineseName},
     * {@code member.school.id}, {@code testName}, {@code passed} and {@value #YEAR} (the year taken).
     */
    @RolesAllowed({Role.Name.ADMIN, Role.Name.OFFICE, Role.Name.LIAISON, Role.Name.LEADER, Role.Name.AUDITOR})
    public Page<LanguageAssessment> assessments(PageRequest request) {
        return new CriteriaPage<>(em, LanguageAssessment.class, ASSESSMENT_FILTERS, ASSESSMENT_SORTS, "takenOn", false)
                .inSchool("member.school.id", callers.current().schoolId())
                .fetch(withYear(request));
    }

    @RolesAllowed({Role.Name.ADMIN, Role.Name.OFFICE, Role.Name.LIAISON, Role.Name.LEADER, Role.Name.AUDITOR})
    public LanguageAssessment findAssessment(Long id) {
        LanguageAssessment assessment = id == null ? null : em.find(LanguageAssessment.class, id);
        if (assessment == null || !callers.current().mayAccessSchool(assessment.getMember().getSchool().getId())) {
            throw new RecordNotFoundException("LanguageAssessment", id);
        }
        return assessment;
    }

    /**
     * Files a new result for the member of this staff number, or corrects one (its member stays; the staff number
     * is then ignored). A caller bound to a school files only for their school's members.
     */
    @RolesAllowed({Role.Name.ADMIN, Role.Name.OFFICE, Role.Name.LIAISON})
    public LanguageAssessment saveAssessment(LanguageAssessment assessment, String staffNumber) {
        LanguageAssessment saved;
        if (assessment.isNew()) {
            assessment.fileUnder(members.findByStaffNumber(staffNumber));
            em.persist(assessment);
            saved = assessment;
        } else {
            LanguageAssessment current = findAssessment(assessment.getId());
            Versions.ensureCurrent(current, assessment.getVersion());
            assessment.fileUnder(current.getMember());
            saved = em.merge(assessment);
        }
        em.flush();
        return saved;
    }

    @RolesAllowed({Role.Name.ADMIN, Role.Name.OFFICE, Role.Name.LIAISON})
    public void deleteAssessment(Long id, long version) {
        LanguageAssessment assessment = findAssessment(id);
        Versions.ensureCurrent(assessment, version);
        em.remove(assessment);
        em.flush();
    }

    /**
     * The results the filters leave (as for {@link #assessments}), in staff-number order, as an XLSX workbook for
     * the performance appraisal, titles in {@code language}. Read a batch at a time and streamed into the file.
     */
    @RolesAllowed({Role.Name.ADMIN, Role.Name.OFFICE, Role.Name.LIAISON, Role.Name.LEADER, Role.Name.AUDITOR})
    public byte[] exportAssessments(Map<String, Object> filters, Locale language) {
        boolean chinese = LanguageAssessmentWorkbook.supported(language).equals(Locale.SIMPLIFIED_CHINESE);
        PageRequest first = new PageRequest(0, EXPORT_BATCH, "member.staffNumber", true, filters);
        Iterator<LanguageAssessmentWorkbook.Line> lines = new Iterator<>() {
            private PageRequest next = first;
            private Iterator<LanguageAssessment> batch = List.<LanguageAssessment>of().iterator();

            @Override
            public boolean hasNext() {
                while (!batch.hasNext() && next != null) {
                    em.clear();
                    List<LanguageAssessment> rows = assessments(next).rows();
                    batch = rows.iterator();
                    next = rows.size() < EXPORT_BATCH ? null : new PageRequest(next.first() + EXPORT_BATCH,
                            EXPORT_BATCH, next.sortField(), true, filters);
                }
                return batch.hasNext();
            }

            @Override
            public LanguageAssessmentWorkbook.Line next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                LanguageAssessment a = batch.next();
                FacultyMember m = a.getMember();
                return new LanguageAssessmentWorkbook.Line(m.getStaffNumber(), m.displayName(),
                        chinese ? m.getSchool().getName().getZh() : m.getSchool().getName().getEn(), a.getTestName(),
                        a.getTakenOn(), a.getScore(), a.isPassed());
            }
        };
        return LanguageAssessmentWorkbook.write(language, lines);
    }

    /** The year filter as the range of days CriteriaPage bounds: from 1 January to before the next 1 January. */
    private static PageRequest withYear(PageRequest request) {
        Object year = request.filters().get(YEAR);
        Integer value = year instanceof Number n ? Integer.valueOf(n.intValue())
                : year instanceof String text && text.strip().matches("\\d{4}") ? Integer.valueOf(text.strip()) : null;
        Map<String, Object> filters = new HashMap<>(request.filters());
        filters.remove(YEAR);
        if (value != null) {
            filters.put("takenOn" + CriteriaPage.FROM, LocalDate.of(value, 1, 1));
            filters.put("takenOn" + CriteriaPage.TO, LocalDate.of(value + 1, 1, 1));
        }
        return new PageRequest(request.first(), request.size(), request.sortField(), request.ascending(), filters);
    }
}
