package org.globaloffice.foreignteacher.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.globaloffice.foreignteacher.control.AlertRefresh;
import org.globaloffice.foreignteacher.entity.ForeignTeacherPolicy;
import org.globaloffice.platform.entity.Versions;
import org.globaloffice.platform.error.RuleViolationException;
import org.globaloffice.platform.security.Role;

/** The figures of foreign-teacher management the office sets; everybody may read them. */
@Stateless
public class ForeignTeacherPolicies {

    @PersistenceContext(unitName = "globaloffice")
    EntityManager em;

    @Inject
    AlertRefresh alerts;

    @RolesAllowed({Role.Name.ADMIN, Role.Name.OFFICE, Role.Name.LIAISON, Role.Name.LEADER, Role.Name.AUDITOR})
    public ForeignTeacherPolicy current() {
        return em.find(ForeignTeacherPolicy.class, ForeignTeacherPolicy.THE_POLICY);
    }

    /** Saves the figures; a changed lead time takes effect in the alerts at once. */
    @RolesAllowed({Role.Name.ADMIN, Role.Name.OFFICE})
    public ForeignTeacherPolicy update(ForeignTeacherPolicy changed) {
        ForeignTeacherPolicy current = current();
        Versions.ensureCurrent(current, changed.getVersion());
        if (!changed.isWeeklyHoursInOrder()) {
            throw new RuleViolationException("usualMinWeeklyHours", "policy.weeklyHours.order");
        }
        ForeignTeacherPolicy saved = em.merge(changed);
        em.flush();
        alerts.refreshAll(alerts.today());
        return saved;
    }
}
