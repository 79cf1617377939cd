package org.globaloffice.platform.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema to the current version with Flyway before anything else touches the database.
 * <p>
 * The data source is defined here so that its settings ({@code globaloffice.db.*}) come from MicroProfile Config:
 * by default an H2 database in file mode under {@code globaloffice.data-dir}, so records survive a restart;
 * in production a PostgreSQL server. JPA never generates DDL: the migrations in {@code db/migration} are the schema.
 * Bean-managed transactions, because Flyway manages its own.
 */
@DataSourceDefinition(
        name = "java:app/jdbc/globaloffice",
        className = "${MPCONFIG=globaloffice.db.datasource-class}",
        url = "${MPCONFIG=globaloffice.db.url}",
        user = "${MPCONFIG=globaloffice.db.user}",
        password = "${MPCONFIG=globaloffice.db.password}",
        minPoolSize = 1,
        maxPoolSize = 32)
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigrator {

    private static final Logger LOG = Logger.getLogger(DatabaseMigrator.class.getName());

    @Resource(lookup = "java:app/jdbc/globaloffice")
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        // Flyway scans classpath:db/migration through the class loader it is given: the one of this module.
        MigrateResult result = Flyway.configure(DatabaseMigrator.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion
                + " (" + result.migrationsExecuted + " migrations applied now)");
    }
}
