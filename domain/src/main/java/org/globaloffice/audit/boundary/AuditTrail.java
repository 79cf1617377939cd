package org.globaloffice.audit.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Set;
import org.globaloffice.audit.entity.AuditRecord;
import org.globaloffice.platform.paging.CriteriaPage;
import org.globaloffice.platform.paging.Page;
import org.globaloffice.platform.paging.PageRequest;
import org.globaloffice.platform.security.Role;

/** Reads the audit trail: OFFICE and AUDITOR browse it, ADMIN too (accounts are audited records). */
@Stateless
@RolesAllowed({Role.Name.OFFICE, Role.Name.AUDITOR, Role.Name.ADMIN})
public class AuditTrail {

    static final Set<String> FILTERABLE = Set.of("entityType", "entityId", "username", "action", "occurredAt");
    static final Set<String> SORTABLE = Set.of("occurredAt", "entityType", "username", "action");

    @PersistenceContext(unitName = "globaloffice")
    EntityManager em;

    public Page<AuditRecord> page(PageRequest request) {
        return new CriteriaPage<>(em, AuditRecord.class, FILTERABLE, SORTABLE, "occurredAt", false)
                .exact("entityType", "entityId", "action")
                .fetch(request);
    }

    public List<AuditRecord> ofRecord(String entityType, Object id) {
        return em.createNamedQuery(AuditRecord.FOR_ENTITY, AuditRecord.class)
                .setParameter("type", entityType).setParameter("id", String.valueOf(id))
                .getResultList();
    }

    public List<String> entityTypes() {
        return em.createQuery("select distinct a.entityType from AuditRecord a order by a.entityType", String.class)
                .getResultList();
    }
}
