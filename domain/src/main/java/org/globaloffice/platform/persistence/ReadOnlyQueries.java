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
     * One batch of a large read, for keyset paging: the rows whose id is greater than {@code after}, at most
     * {@code size}. {@code jpql} selects the id first, restricts it with {@code > :after} and orders by it, e.g.
     * {@code select e.id, e.nativeName from ForeignExpert e where e.id > :after order by e.id}; whatever the batch,
     * the database reads only its rows, through the primary key.
     */
    public List<Object[]> batchAfter(String jpql, Map<String, ?> parameters, long after, int size) {
        return query(jpql, Object[].class, parameters).setParameter("after", after).setMaxResults(size)
                .getResultList();
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
