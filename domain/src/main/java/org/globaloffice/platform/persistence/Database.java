package org.globaloffice.platform.persistence;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Offers the persistence context to the other modules of the EAR (reporting) through CDI: a persistence unit
 * belongs to the module that declares it, so they cannot name it in {@code @PersistenceContext} themselves.
 */
@Dependent
public class Database {

    @Produces
    @PersistenceContext(unitName = "globaloffice")
    EntityManager entityManager;
}
