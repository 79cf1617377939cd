package org.globaloffice.audit.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.persistence.PersistenceException;
import java.security.Principal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;
import org.globaloffice.audit.entity.AuditAction;

/**
 * Appends audit rows. It writes through the application's JTA data source while the record's own change is being
 * flushed, so the container enlists it in the same transaction: the audit row commits or rolls back with the change.
 * JDBC rather than the entity manager, because a JPA lifecycle callback must not use the persistence context.
 */
@ApplicationScoped
public class AuditWriter {

    public static final String SYSTEM_USER = "system";

    /** The one statement that writes the trail; plain SQL for H2 and PostgreSQL alike. */
    public static final String INSERT = "insert into audit_record"
            + " (id, occurred_at, username, entity_type, entity_id, action, changes, owner_ref)"
            + " values (nextval('audit_record_seq'), ?, ?, ?, ?, ?, ?, ?)";

    @Resource(lookup = "java:app/jdbc/globaloffice")
    DataSource dataSource;

    @Inject
    Principal principal;

    Clock clock = Clock.systemUTC();

    /** The signed-in user's name, or {@value #SYSTEM_USER} for work the application does on its own (start-up, timers). */
    public String currentUser() {
        String name;
        try {
            name = principal == null ? null : principal.getName();
        } catch (RuntimeException noCaller) {
            name = null;
        }
        return name == null || name.isBlank() || "ANONYMOUS".equalsIgnoreCase(name) ? SYSTEM_USER : name;
    }

    public Instant now() {
        return clock.instant();
    }

    public void append(AuditAction action, String entityType, Object entityId, List<FieldChange> changes) {
        append(action, entityType, entityId, changes, null);
    }

    /** An audit row of a record that belongs to {@code owner} ({@code Type:id}), so it shows in the owner's history. */
    public void append(AuditAction action, String entityType, Object entityId, List<FieldChange> changes,
            String owner) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setObject(1, LocalDateTime.ofInstant(now(), ZoneOffset.UTC));
            insert.setString(2, currentUser());
            insert.setString(3, entityType);
            insert.setString(4, String.valueOf(entityId));
            insert.setString(5, action.name());
            insert.setString(6, toJson(changes));
            insert.setString(7, owner);
            insert.executeUpdate();
        } catch (SQLException e) {
            // Fails the surrounding transaction: a change without its audit row must not commit.
            throw new PersistenceException("Could not write the audit row for " + entityType + " " + entityId, e);
        }
    }

    static String toJson(List<FieldChange> changes) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (FieldChange change : changes) {
            var object = Json.createObjectBuilder().add("field", change.field());
            if (change.oldValue() == null) {
                object.addNull("old");
            } else {
                object.add("old", change.oldValue());
            }
            if (change.newValue() == null) {
                object.addNull("new");
            } else {
                object.add("new", change.newValue());
            }
            array.add(object);
        }
        return array.build().toString();
    }
}
