package org.globaloffice.cooperation.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.globaloffice.cooperation.control.RiskFlags;
import org.globaloffice.cooperation.entity.ComplianceRecord;
import org.globaloffice.cooperation.entity.CooperativeProgram;
import org.globaloffice.cooperation.entity.ProgramEnrolment;
import org.globaloffice.cooperation.entity.ProgramRecord;
import org.globaloffice.cooperation.entity.ProgramReport;
import org.globaloffice.cooperation.entity.ProgramRiskPolicy;
import org.globaloffice.cooperation.entity.ProgramStatus;
import org.globaloffice.cooperation.entity.TeacherTraining;
import org.globaloffice.foreignteacher.control.DocumentStore;
import org.globaloffice.platform.entity.Versions;
import org.globaloffice.platform.error.DuplicateValueException;
import org.globaloffice.platform.error.RecordNotFoundException;
import org.globaloffice.platform.security.CallerScope;
import org.globaloffice.platform.security.Role;

/**
 * A cooperative program's file beside its curriculum: enrolment per year, the annual reports with their documents,
 * the teachers' yearly training, and the risk flags all of it raises against the office's thresholds. Who may change
 * the program may change its file; who may see it may see the file and its flags.
 */
@Stateless
public class ProgramFiles {

    @PersistenceContext(unitName = "globaloffice")
    EntityManager em;

    @Inject
    CooperativePrograms programs;

    @Inject
    CallerScope callers;

    @Inject
    DocumentStore store;

    @Inject
    @ConfigProperty(name = "globaloffice.time-zone", defaultValue = "Asia/Shanghai")
    String timeZone;

    Clock clock = Clock.systemUTC();

    @RolesAllowed({Role.Name.ADMIN, Role.Name.OFFICE, Role.Name.LIAISON, Role.Name.LEADER, Role.Name.AUDITOR})
    public List<ProgramEnrolment> enrolments(Long programId) {
        return of(ProgramEnrolment.class, ProgramEnrolment.OF_PROGRAM, programId);
    }

    @RolesAllowed({Role.Name.ADMIN, Role.Name.OFFICE, Role.Name.LIAISON})
    public ProgramEnrolment saveEnrolment(Long programId, ProgramEnrolment enrolment) {
        if (enrolments(programId).stream().anyMatch(e -> e.getYear().equals(enrolment.getYear())
                && !e.getId().equals(enrolment.getId()))) {
            throw new DuplicateValueException("year", String.valueOf(enrolment.getYear()));
        }
        return save(programId, enrolment);
    }

    @RolesAllowed({Role.Name.ADMIN, Role.Name.OFFICE, Role.Name.LIAISON})
    public void deleteEnrolment(Long id, long version) {
        delete(ProgramEnrolment.class, id, version);
    }

    @RolesAllowed({Role.Name.ADMIN, Role.Name.OFFICE, Role.Name.LIAISON, Role.Name.LEADER, Role.Name.AUDITOR})
    public List<ProgramReport> reports(Long programId) {
        return of(ProgramReport.class, ProgramReport.OF_PROGRAM, programId);
    }

    /**
     * Files a report of a year, or corrects one, with its document when one is given ({@code content} may be
     * null: a correction keeps the document filed before). Nothing is kept when anything is refused.
     */
    @RolesAllowed({Role.Name.ADMIN, Role.Name.OFFICE, Role.Name.LIAISON})
    public ProgramReport saveReport(Long programId, ProgramReport report, String fileName, InputStream content) {
        if (reports(programId).stream().anyMatch(r -> r.getYear().equals(report.getYear())
                && !r.getId().equals(report.getId()))) {
            throw new DuplicateValueException("year", String.valueOf(report.getYear()));
        }
        String replaced = null;
        if (!report.isNew()) {
            ProgramReport current = find(ProgramReport.class, report.getId());
            if (content == null) {
                report.keepDocumentOf(current);
            } else {
                replaced = current.getStoredName();
            }
        }
        if (content != null) {
            DocumentStore.Stored stored = store.store(content);
            report.attachDocument(DocumentStore.fileName(fileName, "report"), stored.contentType(), stored.size(), stored.sha256(),
                    stored.name());
        }
        ProgramReport saved = save(programId, report);
        if (replaced != null) {
            store.removeAfterCommit(replaced);
        }
        return saved;
    }

    @RolesAllowed({Role.Name.ADMIN, Role.Name.OFFICE, Role.Name.LIAISON})
    public void deleteReport(Long id, long version) {
        ProgramReport removed = delete(ProgramReport.class, id, version);
        if (removed.hasDocument()) {
            store.removeAfterCommit(removed.getStoredName());
        }
    }

    /** The document of a report of a program the caller may see; "not found" otherwise or when it has none. */
    @RolesAllowed({Role.Name.ADMIN, Role.Name.OFFICE, Role.Name.LIAISON, Role.Name.LEADER, Role.Name.AUDITOR})
    public DocumentStore.Download reportDocument(Long reportId) {
        ProgramReport report = find(ProgramReport.class, reportId);
        if (!report.hasDocument()) {
            throw new RecordNotFoundException("ReportDocument", reportId);
        }
        return new DocumentStore.Download(report.getFileName(), report.getContentType(), report.getFileSize(),
                store.open(report.getStoredName()));
    }

    @RolesAllowed({Role.Name.ADMIN, Role.Name.OFFICE, Role.Name.LIAISON, Role.Name.LEADER, Role.Name.AUDITOR})
    public List<TeacherTraining> trainings(Long programId) {
        return of(TeacherTraining.class, TeacherTraining.OF_PROGRAM, programId);
    }

    @RolesAllowed({Role.Name.ADMIN, Role.Name.OFFICE, Role.Name.LIAISON})
    public TeacherTraining saveTraining(Long programId, TeacherTraining training) {
        return save(programId, training);
    }

    @RolesAllowed({Role.Name.ADMIN, Role.Name.OFFICE, Role.Name.LIAISON})
    public void deleteTraining(Long id, long version) {
        delete(TeacherTraining.class, id, version);
    }

    @RolesAllowed({Role.Name.ADMIN, Role.Name.OFFICE, Role.Name.LIAISON, Role.Name.LEADER, Role.Name.AUDITOR})
    public List<RiskFlags.Flag> riskFlags(Long programId) {
        CooperativeProgram program = programs.find(programId);
        return riskFlags(List.of(program)).getOrDefault(programId, List.of());
    }

    /** The flags of each of these programs the caller may see, read in a few queries for a page of the list. */
    @RolesAllowed({Role.Name.ADMIN, Role.Name.OFFICE, Role.Name.LIAISON, Role.Name.LEADER, Role.Name.AUDITOR})
    public Map<Long, List<RiskFlags.Flag>> riskFlagsOf(Collection<Long> programIds) {
        if (programIds.isEmpty()) {
            return Map.of();
        }
        List<CooperativeProgram> visible = em.createQuery("select p from CooperativeProgram p where p.id in :ids",
                CooperativeProgram.class).setParameter("ids", programIds).getResultStream()
                .filter(p -> callers.current().mayAccessSchool(p.getSchool().getId())).toList();
        return riskFlags(visible);
    }

    @RolesAllowed({Role.Name.ADMIN, Role.Name.OFFICE, Role.Name.LIAISON, Role.Name.LEADER, Role.Name.AUDITOR})
    public ProgramRiskPolicy policy() {
        return em.find(ProgramRiskPolicy.class, ProgramRiskPolicy.THE_POLICY);
    }

    @RolesAllowed({Role.Name.ADMIN, Role.Name.OFFICE})
    public ProgramRiskPolicy updatePolicy(ProgramRiskPolicy changed) {
        Versions.ensureCurrent(policy(), changed.getVersion());
        ProgramRiskPolicy saved = em.merge(changed);
        em.flush();
        return saved;
    }

    private Map<Long, List<RiskFlags.Flag>> riskFlags(List<CooperativeProgram> visible) {
        Map<Long, List<RiskFlags.Flag>> flags = new HashMap<>();
        if (visible.isEmpty()) {
            return flags;
        }
        List<Long> ids = visible.stream().map(CooperativeProgram::getId).toList();
        Map<Long, Set<Integer>> reported = em.createQuery("select r from ProgramReport r where r.program.id in :ids",
                ProgramReport.class).setParameter("ids", ids).getResultStream().filter(ProgramReport::isReported)
                .collect(Collectors.groupingBy(r -> r.getProgram().getId(),
                        Collectors.mapping(ProgramReport::getYear, Collectors.toSet())));
        Map<Long, Map<Integer, Integer>> enrolled = em.createQuery("select e from ProgramEnrolment e"
                + " where e.program.id in :ids and e.actual is not null", ProgramEnrolment.class)
                .setParameter("ids", ids).getResultStream()
                .collect(Collectors.groupingBy(e -> e.getProgram().getId(),
                        Collectors.toMap(ProgramEnrolment::getYear, ProgramEnrolment::getActual)));
        Map<Long, Set<Integer>> trained = em.createQuery("select t from TeacherTraining t where t.program.id in :ids",
                TeacherTraining.class).setParameter("ids", ids).getResultStream()
                .collect(Collectors.groupingBy(t -> t.getProgram().getId(),
                        Collectors.mapping(t -> t.getHeldOn().getYear(), Collectors.toSet())));
        Map<Long, Boolean> compliant = new HashMap<>();
        em.createQuery("select r from ComplianceRecord r where r.program.id in :ids"
                + " order by r.academicYear desc, r.recordedAt desc, r.id desc", ComplianceRecord.class)
                .setParameter("ids", ids).getResultStream()
                .forEach(r -> compliant.putIfAbsent(r.getProgram().getId(), r.isCompliant()));
        RiskFlags.Thresholds thresholds = policy().thresholds();
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of(timeZone)));
        for (CooperativeProgram program : visible) {
            Long id = program.getId();
            flags.put(id, RiskFlags.of(new RiskFlags.Facts(program.getStartYear(),
                    program.getStatus() == ProgramStatus.ENDED, program.getAgreementEndsOn(),
                    reported.getOrDefault(id, Set.of()), enrolled.getOrDefault(id, Map.of()), compliant.get(id),
                    trained.getOrDefault(id, Set.of())), thresholds, today));
        }
        return flags;
    }

    private <T extends ProgramRecord> List<T> of(Class<T> type, String namedQuery, Long programId) {
        programs.find(programId);
        return em.createNamedQuery(namedQuery, type).setParameter("program", programId).getResultList();
    }

    private <T extends ProgramRecord> T find(Class<T> type, Long id) {
        T record = id == null ? null : em.find(type, id);
        if (record == null || !callers.current().mayAccessSchool(record.getProgram().getSchool().getId())) {
            throw new RecordNotFoundException(type.getSimpleName(), id);
        }
        return record;
    }

    private <T extends ProgramRecord> T save(Long programId, T record) {
        CooperativeProgram program = programs.find(programId);
        T saved;
        if (record.isNew()) {
            record.fileUnder(program);
            em.persist(record);
            saved = record;
        } else {
            @SuppressWarnings("unchecked")
            T current = find((Class<T>) record.getClass(), record.getId());
            if (!current.getProgram().getId().equals(programId)) {
                throw new RecordNotFoundException(record.getClass().getSimpleName(), record.getId());
            }
            Versions.ensureCurrent(current, record.getVersion());
            record.fileUnder(program);
            saved = em.merge(record);
        }
        em.flush();
        return saved;
    }

    private <T extends ProgramRecord> T delete(Class<T> type, Long id, long version) {
        T current = find(type, id);
        Versions.ensureCurrent(current, version);
        em.remove(current);
        em.flush();
        return current;
    }
}
