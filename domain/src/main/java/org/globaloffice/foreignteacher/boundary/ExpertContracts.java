package org.globaloffice.foreignteacher.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.globaloffice.foreignteacher.control.ContractRules;
import org.globaloffice.foreignteacher.control.ExpertFiles;
import org.globaloffice.foreignteacher.entity.AnnualAssessment;
import org.globaloffice.foreignteacher.entity.ExpertContract;
import org.globaloffice.foreignteacher.entity.ForeignTeacherPolicy;
import org.globaloffice.platform.security.CallerScope;
import org.globaloffice.platform.security.Role;

/**
 * Foreign teachers' contracts. The salary is the office's to see and set: for anybody else it is left out of what
 * this service returns, and a change they save keeps the salary on record. A renewal needs the annual assessment of
 * the year the previous contract ends ({@link ContractRules}).
 */
@Stateless
public class ExpertContracts {

    @PersistenceContext(unitName = "globaloffice")
    EntityManager em;

    @Inject
    ExpertFiles files;

    @Inject
    CallerScope callers;

    @RolesAllowed({Role.Name.ADMIN, Role.Name.OFFICE, Role.Name.LIAISON, Role.Name.LEADER, Role.Name.AUDITOR})
    public List<ExpertContract> ofExpert(Long expertId) {
        List<ExpertContract> contracts = files.of(ExpertContract.class, ExpertContract.OF_EXPERT, expertId);
        if (!maySeeSalary()) {
            contracts.forEach(contract -> {
                em.detach(contract);
                contract.setAnnualSalary(null);
            });
        }
        return contracts;
    }

    @RolesAllowed({Role.Name.ADMIN, Role.Name.OFFICE, Role.Name.LIAISON})
    public ExpertContract save(Long expertId, ExpertContract contract) {
        List<ExpertContract> existing = files.of(ExpertContract.class, ExpertContract.OF_EXPERT, expertId);
        if (!maySeeSalary()) {
            contract.setAnnualSalary(existing.stream().filter(c -> c.getId().equals(contract.getId())).findFirst()
                    .map(ExpertContract::getAnnualSalary).orElse(null));
        }
        Map<Integer, ContractRules.Assessment> assessments = files
                .of(AnnualAssessment.class, AnnualAssessment.OF_EXPERT, expertId).stream()
                .collect(Collectors.toMap(AnnualAssessment::getYear, a -> new ContractRules.Assessment(a.getYear(),
                        a.getResult(), a.isRecommendRenewal())));
        ForeignTeacherPolicy policy = em.find(ForeignTeacherPolicy.class, ForeignTeacherPolicy.THE_POLICY);
        boolean renewal = ContractRules.check(contract.term(), contract.getWeeklyHours(), policy.getMaxWeeklyHours(),
                existing.stream().map(ExpertContract::term).toList(), assessments);
        contract.markRenewal(renewal);
        return files.save(expertId, contract);
    }

    @RolesAllowed({Role.Name.ADMIN, Role.Name.OFFICE, Role.Name.LIAISON})
    public void delete(Long id, long version) {
        files.delete(ExpertContract.class, id, version);
    }

    private boolean maySeeSalary() {
        return callers.current().hasRole(Role.OFFICE);
    }
}
