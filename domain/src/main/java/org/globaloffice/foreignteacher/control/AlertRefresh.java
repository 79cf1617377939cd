package org.globaloffice.foreignteacher.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.globaloffice.foreignteacher.entity.ExpiryAlert;
import org.globaloffice.foreignteacher.entity.ForeignExpert;
import org.globaloffice.foreignteacher.entity.ForeignTeacherPolicy;

/**
 * Recomputes the stored expiry alerts from the teachers' files ({@link AlertPlan}) in the caller's transaction: all
 * of them (the daily timer, a changed lead time) or one teacher's (after a change to their file). "Today" is the
 * day in the university's time zone.
 */
@ApplicationScoped
public class AlertRefresh {

    @PersistenceContext(unitName = "globaloffice")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "globaloffice.time-zone", defaultValue = "Asia/Shanghai")
    String timeZone;

    Clock clock = Clock.systemUTC();

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone()));
    }

    public void refresh(ForeignExpert expert) {
        em.createNamedQuery(ExpiryAlert.DELETE_OF_EXPERT).setParameter("expert", expert.getId()).executeUpdate();
        List<AlertPlan.Document> documents = em.createQuery("select new " + AlertPlan.Document.class.getName()
                + "(d.id, d.documentType, d.issuedOn, d.expiresOn) from ExpertDocument d where d.expert.id = :expert",
                AlertPlan.Document.class).setParameter("expert", expert.getId()).getResultList();
        List<AlertPlan.Contract> contracts = em.createQuery("select new " + AlertPlan.Contract.class.getName()
                + "(c.id, c.endsOn) from ExpertContract c where c.expert.id = :expert", AlertPlan.Contract.class)
                .setParameter("expert", expert.getId()).getResultList();
        save(expert, documents, contracts, policy().expiryWatch(), today());
    }

    /** Recomputes every teacher's alerts as of {@code today}; returns how many there are. */
    public int refreshAll(LocalDate today) {
        em.createNamedQuery(ExpiryAlert.DELETE_ALL).executeUpdate();
        ExpiryWatch watch = policy().expiryWatch();
        Map<Long, List<AlertPlan.Document>> documents = em.createQuery("select d.expert.id, d.id, d.documentType,"
                + " d.issuedOn, d.expiresOn from ExpertDocument d", Object[].class).getResultStream()
                .collect(Collectors.groupingBy(row -> (Long) row[0], Collectors.mapping(row -> new AlertPlan.Document(
                        (Long) row[1], (DocumentType) row[2], (LocalDate) row[3], (LocalDate) row[4]),
                        Collectors.toList())));
        Map<Long, List<AlertPlan.Contract>> contracts = em.createQuery("select c.expert.id, c.id, c.endsOn"
                + " from ExpertContract c", Object[].class).getResultStream()
                .collect(Collectors.groupingBy(row -> (Long) row[0], Collectors.mapping(
                        row -> new AlertPlan.Contract((Long) row[1], (LocalDate) row[2]), Collectors.toList())));
        int count = 0;
        for (ForeignExpert expert : em.createQuery("select e from ForeignExpert e", ForeignExpert.class)
                .getResultList()) {
            count += save(expert, documents.getOrDefault(expert.getId(), List.of()),
                    contracts.getOrDefault(expert.getId(), List.of()), watch, today);
        }
        em.flush();
        return count;
    }

    private int save(ForeignExpert expert, List<AlertPlan.Document> documents, List<AlertPlan.Contract> contracts,
            ExpiryWatch watch, LocalDate today) {
        List<AlertPlan.Alert> alerts = AlertPlan.of(expert.getStage(), expert.getEntryDate(), documents, contracts,
                watch, today);
        alerts.forEach(alert -> em.persist(new ExpiryAlert(expert, alert, today)));
        return alerts.size();
    }

    private ForeignTeacherPolicy policy() {
        return em.find(ForeignTeacherPolicy.class, ForeignTeacherPolicy.THE_POLICY);
    }
}
