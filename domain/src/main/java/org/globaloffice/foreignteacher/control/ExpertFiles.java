package org.globaloffice.foreignteacher.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.globaloffice.foreignteacher.entity.ExpertRecord;
import org.globaloffice.foreignteacher.entity.ForeignExpert;
import org.globaloffice.platform.entity.Versions;
import org.globaloffice.platform.error.RecordNotFoundException;
import org.globaloffice.platform.security.CallerScope;

/**
 * Reads and writes the records of teachers' files for the services, in their transaction: a record is found only
 * when the caller may see its teacher (otherwise "not found", as for a record that does not exist), an edit based
 * on an older version is refused, and every change refreshes the teacher's alerts. The services add their rules
 * and the roles allowed.
 */
@ApplicationScoped
public class ExpertFiles {

    @PersistenceContext(unitName = "globaloffice")
    EntityManager em;

    @Inject
    CallerScope callers;

    @Inject
    AlertRefresh alerts;

    /** The teacher, if the caller may see them. */
    public ForeignExpert expert(Long id) {
        ForeignExpert expert = id == null ? null : em.find(ForeignExpert.class, id);
        if (expert == null || !callers.current().mayAccessSchool(expert.getSchool().getId())) {
            throw new RecordNotFoundException("ForeignExpert", id);
        }
        return expert;
    }

    public <T extends ExpertRecord> T find(Class<T> type, Long id) {
        T record = id == null ? null : em.find(type, id);
        if (record == null || !callers.current().mayAccessSchool(record.getExpert().getSchool().getId())) {
            throw new RecordNotFoundException(type.getSimpleName(), id);
        }
        return record;
    }

    public <T extends ExpertRecord> List<T> of(Class<T> type, String namedQuery, Long expertId) {
        expert(expertId);
        return em.createNamedQuery(namedQuery, type).setParameter("expert", expertId).getResultList();
    }

    /** Files a new record under the teacher, or saves a changed one if nobody saved it meanwhile. */
    public <T extends ExpertRecord> T save(Long expertId, T record) {
        ForeignExpert expert = expert(expertId);
        T saved;
        if (record.isNew()) {
            record.fileUnder(expert);
            em.persist(record);
            saved = record;
        } else {
            @SuppressWarnings("unchecked")
            T current = find((Class<T>) record.getClass(), record.getId());
            if (!current.getExpert().getId().equals(expertId)) {
                throw new RecordNotFoundException(record.getClass().getSimpleName(), record.getId());
            }
            Versions.ensureCurrent(current, record.getVersion());
            record.fileUnder(expert);
            saved = em.merge(record);
        }
        em.flush();
        alerts.refresh(expert);
        return saved;
    }

    public <T extends ExpertRecord> T delete(Class<T> type, Long id, long version) {
        T current = find(type, id);
        Versions.ensureCurrent(current, version);
        em.remove(current);
        em.flush();
        alerts.refresh(current.getExpert());
        return current;
    }
}
