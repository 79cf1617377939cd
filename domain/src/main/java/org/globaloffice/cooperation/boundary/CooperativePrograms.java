package org.globaloffice.cooperation.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.globaloffice.cooperation.entity.CooperativeProgram;
import org.globaloffice.organization.boundary.Disciplines;
import org.globaloffice.organization.boundary.Schools;
import org.globaloffice.organization.entity.Discipline;
import org.globaloffice.partner.boundary.Partners;
import org.globaloffice.platform.entity.Versions;
import org.globaloffice.platform.error.DuplicateValueException;
import org.globaloffice.platform.error.RecordNotFoundException;
import org.globaloffice.platform.error.RuleViolationException;
import org.globaloffice.platform.paging.CriteriaPage;
import org.globaloffice.platform.paging.Page;
import org.globaloffice.platform.paging.PageRequest;
import org.globaloffice.platform.security.CallerScope;
import org.globaloffice.platform.security.Role;

/**
 * Sino-foreign cooperative programs. A LIAISON manages their own school's; ADMIN and OFFICE every school's; LEADER
 * and AUDITOR read. Another school's program is "not found", for reading and for changing.
 */
@Stateless
public class CooperativePrograms {

    static final Set<String> FILTERABLE = Set.of("name.zh", "name.en", "approvalNumber", "level", "status",
            "school.id", "school.code", "startYear");

    @PersistenceContext(unitName = "globaloffice")
    EntityManager em;

    @Inject
    CallerScope callers;

    @Inject
    Schools schools;

    @Inject
    Disciplines disciplines;

    @Inject
    Partners partners;

    @RolesAllowed({Role.Name.ADMIN, Role.Name.OFFICE, Role.Name.LIAISON, Role.Name.LEADER, Role.Name.AUDITOR})
    public Page<CooperativeProgram> page(PageRequest request) {
        return new CriteriaPage<>(em, CooperativeProgram.class, FILTERABLE, FILTERABLE, "school.code", true)
                .inSchool("school.id", callers.current().schoolId())
                .fetch(request);
    }

    @RolesAllowed({Role.Name.ADMIN, Role.Name.OFFICE, Role.Name.LIAISON, Role.Name.LEADER, Role.Name.AUDITOR})
    public CooperativeProgram find(Long id) {
        CooperativeProgram program = id == null ? null : em.find(CooperativeProgram.class, id);
        if (program == null || !callers.current().mayAccessSchool(program.getSchool().getId())) {
            throw new RecordNotFoundException("CooperativeProgram", id);
        }
        return program;
    }

    /**
     * Saves a new or changed program in a school of the caller's scope, with partners chosen by id; the discipline,
     * when given, must be the school's.
     */
    @RolesAllowed({Role.Name.ADMIN, Role.Name.OFFICE, Role.Name.LIAISON})
    public CooperativeProgram save(CooperativeProgram program, List<Long> partnerIds) {
        if (!program.isNew()) {
            Versions.ensureCurrent(find(program.getId()), program.getVersion());
        }
        program.setSchool(schools.find(program.getSchool() == null ? null : program.getSchool().getId()));
        if (program.getDiscipline() != null) {
            Discipline discipline = disciplines.find(program.getDiscipline().getId());
            if (!discipline.getSchool().getId().equals(program.getSchool().getId())) {
                throw new RuleViolationException("discipline", "teaching.discipline.otherSchool");
            }
            program.setDiscipline(discipline);
        }
        if (partnerIds == null || partnerIds.isEmpty()) {
            throw new RuleViolationException("partners", "program.partners.required");
        }
        program.setPartners(partnerIds.stream().distinct().map(partners::find).toList());
        em.createNamedQuery(CooperativeProgram.BY_APPROVAL, CooperativeProgram.class)
                .setParameter("number", program.getApprovalNumber().toLowerCase(Locale.ROOT)).getResultStream()
                .filter(other -> !other.getId().equals(program.getId())).findFirst()
                .ifPresent(other -> {
                    throw new DuplicateValueException("approvalNumber", program.getApprovalNumber());
                });
        CooperativeProgram saved;
        if (program.isNew()) {
            em.persist(program);
            saved = program;
        } else {
            saved = em.merge(program);
        }
        em.flush();
        return saved;
    }
}
