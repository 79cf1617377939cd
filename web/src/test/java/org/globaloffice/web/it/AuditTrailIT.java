package org.globaloffice.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The audit trail as a mechanism: every create, update and delete of a record writes one row in the same
 * transaction, with who, what and the old and new values; a refused change writes none and changes nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuditTrailIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application(WriteHarness.class);
    }

    @ArquillianResource
    URL base;

    private Api office() {
        return Api.demo(base, "office");
    }

    private long schoolId(String code) {
        return office().get("/api/v1/schools?code=" + code).json().getJsonArray("rows").getJsonObject(0)
                .getJsonNumber("id").longValue();
    }

    private long newDiscipline(String nameEn) {
        String code = "A" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        var created = office().post("/api/test/disciplines",
                Map.of("schoolId", schoolId("EM"), "code", code, "nameZh", "金融学", "nameEn", nameEn));
        assertThat(created.status()).isEqualTo(200);
        return created.json().getJsonNumber("id").longValue();
    }

    private JsonArray trailOf(long disciplineId) {
        return Api.demo(base, "auditor").get("/api/v1/audit-records?entityType=Discipline&entityId=" + disciplineId)
                .json().getJsonArray("rows");
    }

    private static String change(JsonObject row, String field, String which) {
        return row.getJsonArray("changes").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("field").equals(field))
                .map(c -> c.isNull(which) ? null : c.getString(which)).findFirst().orElseThrow();
    }

    @Test
    void createUpdateAndDeleteEachLeaveOneRowWithWhoAndWhat() {
        long id = newDiscipline("Finance");
        office().put("/api/test/disciplines/" + id, Map.of("nameEn", "Finance and Banking"));
        office().delete("/api/test/disciplines/" + id, Map.of());

        JsonArray rows = trailOf(id);

        assertThat(rows).hasSize(3);
        JsonObject deleted = rows.getJsonObject(0);
        JsonObject updated = rows.getJsonObject(1);
        JsonObject created = rows.getJsonObject(2);
        assertThat(created.getString("action")).isEqualTo("CREATE");
        assertThat(created.getString("username")).isEqualTo("office");
        assertThat(change(created, "name.en", "newValue")).isEqualTo("Finance");
        assertThat(updated.getString("action")).isEqualTo("UPDATE");
        assertThat(updated.getJsonArray("changes")).hasSize(1);
        assertThat(change(updated, "name.en", "oldValue")).isEqualTo("Finance");
        assertThat(change(updated, "name.en", "newValue")).isEqualTo("Finance and Banking");
        assertThat(deleted.getString("action")).isEqualTo("DELETE");
        assertThat(change(deleted, "name.en", "oldValue")).isEqualTo("Finance and Banking");
        assertThat(office().get("/api/v1/disciplines/" + id).status()).isEqualTo(404);
    }

    @Test
    void aRefusedChangeLeavesTheRecordAndTheTrailAsTheyWere() {
        long id = newDiscipline("Accounting");
        String takenCode = office().get("/api/v1/schools/" + schoolId("EM") + "/disciplines").jsonArray()
                .getJsonObject(0).getString("code");

        var refused = office().put("/api/test/disciplines/" + id, Map.of("nameEn", "Renamed", "code", takenCode));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(office().get("/api/v1/disciplines/" + id).json().getString("nameEn")).isEqualTo("Accounting");
        assertThat(trailOf(id)).hasSize(1);
    }

    @Test
    void aConflictingEditIsRefusedNamingWhoSavedFirst() {
        long id = newDiscipline("Statistics");

        var second = office().put("/api/test/disciplines/" + id + "/concurrently",
                Map.of("first", "Applied Statistics", "second", "Data Science"));

        assertThat(second.status()).isEqualTo(409);
        assertThat(second.json().getString("error")).contains("changed meanwhile by office");
        assertThat(office().get("/api/v1/disciplines/" + id).json().getString("nameEn")).isEqualTo("Applied Statistics");
        assertThat(trailOf(id)).extracting(r -> r.asJsonObject().getString("action")).containsExactly("UPDATE", "CREATE");
    }

    @Test
    void aPasswordIsNeverInTheTrail() {
        String username = "audit" + UUID.randomUUID().toString().substring(0, 6);
        Api.as(base, "admin", Deployments.ADMIN_PASSWORD).post("/api/test/users",
                Map.of("username", username, "role", "OFFICE", "password", "a-secret-password"));

        var rows = Api.demo(base, "auditor").get("/api/v1/audit-records?entityType=UserAccount&size=100");

        assertThat(rows.status()).isEqualTo(200);
        assertThat(rows.body()).contains(username).doesNotContain("a-secret-password").doesNotContain("PBKDF2");
    }

    @Test
    void theTrailCanBeReadForAPeriodOfDays() {
        long id = newDiscipline("Marketing");
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
        String path = "/api/v1/audit-records?entityType=Discipline&entityId=" + id;
        Api auditor = Api.demo(base, "auditor");

        assertThat(auditor.get(path + "&from=" + today + "&to=" + today).json().getInt("total")).isEqualTo(1);
        assertThat(auditor.get(path + "&to=2020-12-31").json().getInt("total")).isZero();
        assertThat(auditor.get(path + "&from=30-09-2026").status()).isEqualTo(400);
    }

    @Test
    void theTrailIsForTheOfficeAndAuditorsNotForSchools() {
        assertThat(Api.demo(base, "liaison").get("/api/v1/audit-records").status()).isEqualTo(403);
        assertThat(Api.demo(base, "leader").get("/api/v1/audit-records").status()).isEqualTo(403);
        assertThat(office().get("/api/v1/audit-records").status()).isEqualTo(200);
    }
}
