package org.globaloffice.platform.persistence;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Map;
import org.globaloffice.platform.security.Role;

/**
 * JPQL reads for the other modules of the EAR (reporting). A persistence unit belongs to the module that declares
 * it: another module can neither name it in {@code @PersistenceContext} nor use an entity manager resolved here, so
 * its queries run here. Reads only (no transaction of its own; no way to change a record), for signed-in callers;
 * the caller applies the school scope to its query, as every domain query does.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@RolesAllowed({Role.Name.ADMIN, Role.Name.OFFICE, Role.Name.LIAISON, Role.Name.LEADER, Role.Name.AUDITOR})
public class ReadOnlyQueries {

    @PersistenceContext(unitName = "globaloffice")
    EntityManager em;

    public <T> List<T> list(String jpql, Class<T> type, Map<String, ?> parameters) {
        return query(jpql, type, parameters).getResultList();
    }

    public <T> T single(String jpql, Class<T> type, Map<String, ?> parameters) {
        return query(jpql, type, parameters).getSingleResult();
    }

    /**
     * The rows of a large read, one batch at a time, so that a report of any size never holds more than one batch:
     * keyset paging on the id each row starts with. {@code jpql} selects the id first, restricts it with
     * {@code > :after} and orders by it, e.g. {@code select e.id, e.name from ForeignExpert e where e.id > :after
     * order by e.id}. Each batch is handed to {@code batch} before the next one is read.
     */
    public void inBatches(String jpql, Map<String, ?> parameters, int size,
            java.util.function.Consumer<List<Object[]>> batch) {
        long after = Long.MIN_VALUE;
        while (true) {
            TypedQuery<Object[]> query = query(jpql, Object[].class, parameters);
            List<Object[]> rows = query.setParameter("after", after).setMaxResults(size).getResultList();
            if (rows.isEmpty()) {
                return;
            }
            batch.accept(rows);
            if (rows.size() < size) {
                return;
            }
            after = ((Number) rows.get(rows.size() - 1)[0]).longValue();
        }
    }

    private <T> TypedQuery<T> query(String jpql, Class<T> type, Map<String, ?> parameters) {
        if (!jpql.stripLeading().regionMatches(true, 0, "select", 0, 6)) {
            throw new IllegalArgumentException("Only select statements are read here");
        }
        TypedQuery<T> query = em.createQuery(jpql, type);
        parameters.forEach(query::setParameter);
        return query;
    }
}
