package org.globaloffice.foreignteacher.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Set;
import org.globaloffice.foreignteacher.control.AlertRefresh;
import org.globaloffice.foreignteacher.control.ExpertFiles;
import org.globaloffice.foreignteacher.entity.ExpiryAlert;
import org.globaloffice.platform.paging.CriteriaPage;
import org.globaloffice.platform.paging.Page;
import org.globaloffice.platform.paging.PageRequest;
import org.globaloffice.platform.security.CallerScope;
import org.globaloffice.platform.security.Role;

/**
 * Everything of the teachers' files that expires or falls due within the lead time, or is overdue: the list every
 * role reads, a LIAISON for their own school only. Recomputed daily by {@link DailyAlerts}, after each change of a
 * file, and on the office's request.
 */
@Stateless
public class ExpiryAlerts {

    static final Set<String> FILTERABLE = Set.of("urgency", "kind", "documentType", "school.id", "expert.nativeName",
            "dueOn");

    @PersistenceContext(unitName = "globaloffice")
    EntityManager em;

    @Inject
    CallerScope callers;

    @Inject
    AlertRefresh refresh;

    @Inject
    ExpertFiles files;

    @RolesAllowed({Role.Name.ADMIN, Role.Name.OFFICE, Role.Name.LIAISON, Role.Name.LEADER, Role.Name.AUDITOR})
    public Page<ExpiryAlert> page(PageRequest request) {
        return new CriteriaPage<>(em, ExpiryAlert.class, FILTERABLE, FILTERABLE, "dueOn", true)
                .inSchool("school.id", callers.current().schoolId())
                .fetch(request);
    }

    /** The alerts of one teacher the caller may see, the earliest due first. */
    @RolesAllowed({Role.Name.ADMIN, Role.Name.OFFICE, Role.Name.LIAISON, Role.Name.LEADER, Role.Name.AUDITOR})
    public List<ExpiryAlert> ofExpert(Long expertId) {
        files.expert(expertId);
        return em.createNamedQuery(ExpiryAlert.OF_EXPERT, ExpiryAlert.class).setParameter("expert", expertId)
                .getResultList();
    }

    /** Recomputes every alert now; returns how many there are. */
    @RolesAllowed({Role.Name.ADMIN, Role.Name.OFFICE})
    public int recomputeNow() {
        return refresh.refreshAll(refresh.today());
    }
}
