package org.globaloffice.foreignteacher.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.globaloffice.audit.control.AuditWriter;
import org.globaloffice.audit.control.FieldChange;
import org.globaloffice.audit.entity.AuditAction;
import org.globaloffice.audit.entity.AuditRecord;
import org.globaloffice.foreignteacher.control.AlertRefresh;
import org.globaloffice.foreignteacher.control.ExpiryWatch;
import org.globaloffice.foreignteacher.control.PassportProtection;
import org.globaloffice.foreignteacher.control.PermitCategory;
import org.globaloffice.foreignteacher.control.QualificationCheck;
import org.globaloffice.foreignteacher.control.QualificationRules;
import org.globaloffice.foreignteacher.control.RecruitmentStage;
import org.globaloffice.foreignteacher.entity.ForeignExpert;
import org.globaloffice.organization.boundary.Schools;
import org.globaloffice.organization.entity.School;
import org.globaloffice.platform.entity.Versions;
import org.globaloffice.platform.error.DuplicateValueException;
import org.globaloffice.platform.error.RecordNotFoundException;
import org.globaloffice.platform.paging.CriteriaPage;
import org.globaloffice.platform.paging.Page;
import org.globaloffice.platform.paging.PageRequest;
import org.globaloffice.platform.security.CallerScope;
import org.globaloffice.platform.security.Role;

/**
 * Foreign teachers and experts. A LIAISON manages those of their own school; ADMIN and OFFICE those of every school;
 * LEADER and AUDITOR read. Only OFFICE may reveal a passport number, and each reveal is audited (without the number).
 */
@Stateless
public class ForeignExperts {

    static final Set<String> FILTERABLE = Set.of("nativeName", "chineseName", "nationality", "stage",
            "intendedCategory", "school.id", "school.code");

    @PersistenceContext(unitName = "globaloffice")
    EntityManager em;

    @Inject
    CallerScope callers;

    @Inject
    Schools schools;

    @Inject
    PassportProtection passports;

    @Inject
    QualificationSettings qualificationSettings;

    @Inject
    AuditWriter audit;

    @Inject
    AlertRefresh alerts;

    Clock clock = Clock.systemDefaultZone();

    /** The filter on the teacher's alerts: {@code ANY} alert, or one {@link ExpiryWatch.Urgency} by name. */
    public static final String ALERT_FILTER = "alert";

    @RolesAllowed({Role.Name.ADMIN, Role.Name.OFFICE, Role.Name.LIAISON, Role.Name.LEADER, Role.Name.AUDITOR})
    public Page<ForeignExpert> page(PageRequest request) {
        CriteriaPage<ForeignExpert> page = new CriteriaPage<>(em, ForeignExpert.class, FILTERABLE, FILTERABLE,
                "nativeName", true).inSchool("school.id", callers.current().schoolId());
        Object alert = request.filters().get(ALERT_FILTER);
        if (alert != null && !alert.toString().isBlank()) {
            List<ExpiryWatch.Urgency> urgencies = Arrays.stream(ExpiryWatch.Urgency.values())
                    .filter(u -> "ANY".equals(alert.toString()) || u.name().equals(alert.toString())).toList();
            List<Long> alerted = urgencies.isEmpty() ? List.of() : em.createQuery("select distinct a.expert.id"
                    + " from ExpiryAlert a where a.urgency in :urgencies", Long.class)
                    .setParameter("urgencies", urgencies).getResultList();
            page.where((cb, root) -> alerted.isEmpty() ? cb.disjunction() : root.get("id").in(alerted));
        }
        return page.fetch(request);
    }

    /** What happened to the teacher and their file, newest first: the audit rows of the person and of its records. */
    @RolesAllowed({Role.Name.ADMIN, Role.Name.OFFICE, Role.Name.LIAISON, Role.Name.LEADER, Role.Name.AUDITOR})
    public List<AuditRecord> history(Long id) {
        find(id);
        return em.createNamedQuery(AuditRecord.FOR_OWNER, AuditRecord.class)
                .setParameter("type", "ForeignExpert").setParameter("id", String.valueOf(id))
                .setParameter("owner", "ForeignExpert:" + id)
                .setMaxResults(HISTORY_LIMIT).getResultList();
    }

    static final int HISTORY_LIMIT = 500;

    @RolesAllowed({Role.Name.ADMIN, Role.Name.OFFICE, Role.Name.LIAISON, Role.Name.LEADER, Role.Name.AUDITOR})
    public ForeignExpert find(Long id) {
        ForeignExpert expert = id == null ? null : em.find(ForeignExpert.class, id);
        if (expert == null || !callers.current().mayAccessSchool(expert.getSchool().getId())) {
            throw new RecordNotFoundException("ForeignExpert", id);
        }
        return expert;
    }

    /** The expert holding this passport number, if the caller may see them. */
    @RolesAllowed({Role.Name.ADMIN, Role.Name.OFFICE, Role.Name.LIAISON, Role.Name.LEADER, Role.Name.AUDITOR})
    public Optional<ForeignExpert> findByPassport(String number) {
        return em.createNamedQuery(ForeignExpert.BY_PASSPORT_HASH, ForeignExpert.class)
                .setParameter("hash", passports.lookupHash(number))
                .getResultStream()
                .filter(e -> callers.current().mayAccessSchool(e.getSchool().getId()))
                .findFirst();
    }

    @RolesAllowed({Role.Name.ADMIN, Role.Name.OFFICE, Role.Name.LIAISON})
    public ForeignExpert create(ForeignExpert expert, String passportNumber) {
        if (!expert.isNew()) {
            throw new IllegalArgumentException("Already saved: use update");
        }
        expert.setSchool(schoolInScope(expert.getSchool() == null ? null : expert.getSchool().getId()));
        expert.recordPassport(passportNumber, passports);
        ensurePassportFree(passportNumber, null);
        em.persist(expert);
        em.flush();
        return expert;
    }

    /** Saves the details; a new passport number only when one is given. The stage moves by {@link #moveTo}. */
    @RolesAllowed({Role.Name.ADMIN, Role.Name.OFFICE, Role.Name.LIAISON})
    public ForeignExpert update(ForeignExpert changed, String newPassportNumber) {
        ForeignExpert current = find(changed.getId());
        Versions.ensureCurrent(current, changed.getVersion());
        changed.setSchool(schoolInScope(changed.getSchool() == null ? null : changed.getSchool().getId()));
        if (newPassportNumber != null && !newPassportNumber.isBlank()) {
            changed.recordPassport(newPassportNumber, passports);
            ensurePassportFree(newPassportNumber, changed.getId());
        }
        if (changed.getStage() != current.getStage()) {
            throw new IllegalArgumentException("The stage moves by moveTo");
        }
        ForeignExpert merged = em.merge(changed);
        em.flush();
        alerts.refresh(merged);
        return merged;
    }

    @RolesAllowed({Role.Name.ADMIN, Role.Name.OFFICE, Role.Name.LIAISON})
    public ForeignExpert moveTo(Long id, long version, RecruitmentStage target) {
        ForeignExpert expert = find(id);
        Versions.ensureCurrent(expert, version);
        expert.moveTo(target);
        em.flush();
        alerts.refresh(expert);
        return expert;
    }

    /** The whole number, for the office only; the audit trail records who saw it and when, never the number. */
    @RolesAllowed(Role.Name.OFFICE)
    public String revealPassport(Long id) {
        ForeignExpert expert = find(id);
        audit.append(AuditAction.REVEAL, "ForeignExpert", id,
                List.of(new FieldChange("passport", null, expert.getMaskedPassport())));
        return expert.revealPassport(passports);
    }

    @RolesAllowed({Role.Name.ADMIN, Role.Name.OFFICE, Role.Name.LIAISON, Role.Name.LEADER, Role.Name.AUDITOR})
    public QualificationCheck.Result qualification(Long id, PermitCategory category) {
        ForeignExpert expert = find(id);
        QualificationRules rules = qualificationSettings.rules();
        return new QualificationCheck(rules).check(expert.asCandidate(),
                category == null ? expert.getIntendedCategory() : category, LocalDate.now(clock));
    }

    /** The school, if the caller may act in it; otherwise "not found", as for a record outside the scope. */
    private School schoolInScope(Long schoolId) {
        return schools.find(schoolId);
    }

    private void ensurePassportFree(String number, Long ownId) {
        em.createNamedQuery(ForeignExpert.BY_PASSPORT_HASH, ForeignExpert.class)
                .setParameter("hash", passports.lookupHash(number)).getResultStream()
                .filter(other -> !other.getId().equals(ownId))
                .findFirst()
                .ifPresent(other -> {
                    throw new DuplicateValueException("passport", "••••" + PassportProtection.normalize(number)
                            .substring(Math.max(0, PassportProtection.normalize(number).length() - 4)));
                });
    }
}
