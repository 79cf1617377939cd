package org.globaloffice.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.globaloffice.audit.control.AuditWriter;
import org.junit.jupiter.api.Test;

/**
 * The migrations are written once for both databases: they must apply on H2 2.2.224 (the one Payara ships) in file
 * mode and on PostgreSQL 15, and the statements the application writes by hand must run on both.
 */
class MigrationsTest {

    @Test
    void applyOnH2InFileMode() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "migrations-test"));
        String url = "jdbc:h2:file:" + dir.toAbsolutePath().resolve("h2-" + UUID.randomUUID()) + ";DB_CLOSE_ON_EXIT=FALSE";
        checkMigrationsOn(url, "globaloffice", "globaloffice");
    }

    @Test
    void applyOnPostgreSql() throws Exception {
        // the build starts the server and makes this database (src/test/sh/start-postgresql.sh)
        checkMigrationsOn(System.getProperty("globaloffice.test.postgres-url",
                "jdbc:postgresql://127.0.0.1:5432/globaloffice_test"), "globaloffice_test", "globaloffice_test");
    }

    private static void checkMigrationsOn(String url, String user, String password) throws SQLException {
        var result = Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration")
                .load().migrate();
        assertThat(result.success).isTrue();

        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            // EclipseLink allocates ids 50 at a time: the sequences must step by 50
            assertThat(next(connection, "school_seq")).isEqualTo(50);
            assertThat(next(connection, "school_seq")).isEqualTo(100);
            try (PreparedStatement insert = connection.prepareStatement(AuditWriter.INSERT)) {
                insert.setObject(1, LocalDateTime.of(2026, 9, 30, 8, 0));
                insert.setString(2, "system");
                insert.setString(3, "School");
                insert.setString(4, "1");
                insert.setString(5, "CREATE");
                insert.setString(6, "[{\"field\":\"nameZh\",\"old\":null,\"new\":\"外国语学院\"}]");
                insert.setString(7, "ForeignExpert:1");
                assertThat(insert.executeUpdate()).isEqualTo(1);
            }
            try (ResultSet row = connection.createStatement().executeQuery("select changes, owner_ref from audit_record")) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString(1)).contains("外国语学院");
                assertThat(row.getString(2)).isEqualTo("ForeignExpert:1");
            }
            // the foreign-teacher settings start with the figures of domain.md, one row the office edits
            try (ResultSet row = connection.createStatement().executeQuery(
                    "select alert_lead_days, max_weekly_hours from foreign_teacher_policy where id = 1")) {
                assertThat(row.next()).isTrue();
                assertThat(row.getInt(1)).isEqualTo(60);
                assertThat(row.getInt(2)).isEqualTo(16);
            }
        }
    }

    private static long next(Connection connection, String sequence) throws SQLException {
        try (ResultSet value = connection.createStatement().executeQuery("select nextval('" + sequence + "')")) {
            value.next();
            return value.getLong(1);
        }
    }
}
