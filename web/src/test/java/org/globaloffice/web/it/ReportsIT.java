package org.globaloffice.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Reports through the real services: a report is archived as it is made, downloads again byte for byte and checks
 * against its checksum; every download is audited; nothing changes or deletes an archived report; a liaison's
 * report holds their school only and another school is "not found"; salaries are masked for all but the office and
 * passports for everyone; the audit trail report is not for liaisons.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReportsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    private JsonObject make(String user, String report, String format, Map<String, ?> more) {
        var form = new java.util.HashMap<String, Object>(more);
        form.put("format", format);
        form.put("language", "en");
        var made = Api.demo(base, user).post("/api/v1/reports/" + report, form);
        assertThat(made.status()).as(made.body()).isEqualTo(200);
        return made.json();
    }

    private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private String csv(String user, long id) {
        return new String(Api.demo(base, user).bytes("/api/v1/report-archive/" + id + "/file"), StandardCharsets.UTF_8);
    }

    @Test
    void aReportIsArchivedAsMadeAndDownloadsAgainByteForByte() throws Exception {
        JsonObject made = make("auditor", "ROSTER", "XLSX", Map.of("window", "SNAPSHOT", "year", 2026));
        long id = made.getJsonNumber("id").longValue();
        assertThat(made.getJsonNumber("rowCount").longValue()).isGreaterThanOrEqualTo(4);

        byte[] first = Api.demo(base, "auditor").bytes("/api/v1/report-archive/" + id + "/file");
        byte[] again = Api.demo(base, "office").bytes("/api/v1/report-archive/" + id + "/file");
        assertThat(again).isEqualTo(first);
        assertThat(sha256(first)).isEqualTo(made.getString("fileSha256"));
        assertThat(Api.demo(base, "office").get("/api/v1/report-archive/" + id + "/verify").json()
                .getBoolean("intact")).isTrue();

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(first))) {
            var face = workbook.getSheetAt(0);
            StringBuilder text = new StringBuilder();
            face.forEach(row -> row.forEach(cell -> text.append(cell.toString()).append('|')));
            assertThat(text).contains("Foreign teachers and experts", "Snapshot on 2026-09-30",
                    made.getString("contentSha256"), String.valueOf(made.getJsonNumber("rowCount").longValue()));
        }

        assertThat(Api.demo(base, "office").get("/api/v1/audit-records?entityType=ArchivedReport&entityId=" + id
                + "&action=DOWNLOAD").json().getInt("total")).as("each download audited").isEqualTo(2);
        assertThat(Api.demo(base, "office").get("/api/v1/audit-records?entityType=ArchivedReport&entityId=" + id
                + "&action=CREATE").json().getInt("total")).as("making it audited").isEqualTo(1);

        Api office = Api.demo(base, "office");
        assertThat(office.delete("/api/v1/report-archive/" + id, Map.of()).status()).isEqualTo(405);
        assertThat(office.put("/api/v1/report-archive/" + id, Map.of("title", "changed")).status()).isEqualTo(405);
        assertThat(office.get("/api/v1/report-archive/" + id).json().getString("fileSha256"))
                .isEqualTo(made.getString("fileSha256"));
    }

    @Test
    void everyReportOfTheCatalogueIsMadeInEveryFormatFromTheDemoRecords() {
        List<String> catalogue = Api.demo(base, "office").get("/api/v1/reports").jsonArray().stream()
                .map(v -> ((jakarta.json.JsonString) v).getString()).toList();
        assertThat(catalogue).containsExactly("ROSTER", "EXPIRING", "COVERAGE", "PROGRAMS", "VISITS", "TRAINING",
                "AUDIT_TRAIL");
        int thisYear = java.time.LocalDate.now().getYear();
        for (String report : catalogue) {
            for (String format : List.of("XLSX", "PDF", "CSV")) {
                Map<String, Object> window = switch (report) {
                    case "TRAINING" -> Map.of("window", "CALENDAR_YEAR", "year", 2021);
                    case "AUDIT_TRAIL", "VISITS" -> Map.of("window", "CALENDAR_YEAR", "year", thisYear);
                    default -> Map.of("window", "ACADEMIC_YEAR", "year",
                            ReportWindowYear.academicYearOf(java.time.LocalDate.now()));
                };
                JsonObject made = make("office", report, format, window);
                assertThat(made.getString("report")).isEqualTo(report);
                assertThat(made.getString("format")).isEqualTo(format);
                if (!report.equals("EXPIRING") && !report.equals("COVERAGE")) {
                    assertThat(made.getJsonNumber("rowCount").longValue()).as(report + " " + format).isPositive();
                }
            }
        }
        String training = csv("office", make("office", "TRAINING", "CSV", Map.of("window", "CALENDAR_YEAR",
                "year", 2021)).getJsonNumber("id").longValue());
        assertThat(training).as("seed 000's program from the records").contains("156", "160");
    }

    @Test
    void reportsAskedForBeyondTheLimitWaitTheirTurnAndAreAllMade() throws InterruptedException {
        int thisYear = java.time.LocalDate.now().getYear();
        Map<String, Object> form = Map.of("format", "PDF", "language", "en", "window", "CALENDAR_YEAR",
                "year", thisYear, "wait", 0);
        List<JsonObject> asked = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            var answer = Api.demo(base, "office").post("/api/v1/reports/AUDIT_TRAIL", form);
            assertThat(answer.status()).as("asked without waiting: accepted with a ticket; " + answer.body())
                    .isEqualTo(202);
            asked.add(answer.json());
        }
        assertThat(asked).allSatisfy(t -> assertThat(t.getInt("making")).as("at most two at once").isBetween(0, 2));
        assertThat(asked).as("a report asked for while two are being made waits, and says how many wait before it")
                .anySatisfy(t -> {
                    assertThat(t.getString("state")).isEqualTo("WAITING");
                    assertThat(t.getInt("ahead")).isLessThan(t.getInt("waiting"));
                });

        java.util.Set<Long> archived = new java.util.HashSet<>();
        long until = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(120);
        for (JsonObject ticket : asked) {
            String path = "/api/v1/report-queue/" + ticket.getString("ticket");
            JsonObject now = Api.demo(base, "office").get(path).json();
            while (!now.getString("state").equals("DONE") && System.nanoTime() < until) {
                assertThat(now.getString("state")).isIn("WAITING", "MAKING");
                assertThat(now.getInt("making")).isLessThanOrEqualTo(2);
                Thread.sleep(200);
                now = Api.demo(base, "office").get(path).json();
            }
            assertThat(now.getString("state")).as("every report waited for is made").isEqualTo("DONE");
            archived.add(now.getJsonNumber("archivedId").longValue());
            assertThat(Api.demo(base, "auditor").get(path).status()).as("a ticket is its caller's only")
                    .isEqualTo(404);
        }
        assertThat(archived).hasSize(6);
        assertThat(Api.demo(base, "office").get("/api/v1/report-queue/not-a-ticket").status()).isEqualTo(404);

        var waited = Api.demo(base, "office").post("/api/v1/reports/ROSTER", Map.of("format", "CSV",
                "language", "en", "wait", 60));
        assertThat(waited.status()).as("waited for: the archived report itself").isEqualTo(200);
        assertThat(waited.json().getString("report")).isEqualTo("ROSTER");
    }

    @Test
    void whatTheCallerMayNotMakeIsRefusedBeforeItWaits() {
        assertThat(Api.demo(base, "liaison").post("/api/v1/reports/AUDIT_TRAIL", Map.of("format", "CSV",
                "wait", 0)).status()).isEqualTo(403);
    }

    /** The academic year a day falls in, as the reports count it: from September on, the one starting then. */
    private static final class ReportWindowYear {
        static int academicYearOf(java.time.LocalDate day) {
            return day.getMonthValue() >= 9 ? day.getYear() : day.getYear() - 1;
        }
    }

    @Test
    void salariesAreMaskedForAllButTheOfficeAndPassportsForEveryone() {
        String byOffice = csv("office", make("office", "ROSTER", "CSV", Map.of()).getJsonNumber("id").longValue());
        String byAuditor = csv("auditor", make("auditor", "ROSTER", "CSV", Map.of()).getJsonNumber("id")
                .longValue());
        assertThat(byOffice).startsWith("\uFEFF").contains("Emma Clarke", "216000");
        assertThat(byAuditor).contains("Emma Clarke").doesNotContain("216000");
        assertThat(byAuditor.lines().filter(l -> l.contains("Emma Clarke")).findFirst().orElseThrow())
                .contains("••••");
        assertThat(List.of(byOffice, byAuditor)).allSatisfy(csv ->
                assertThat(csv.lines().filter(l -> l.contains("Emma Clarke")).findFirst().orElseThrow())
                        .matches(".*••••[A-Z0-9]{4}.*"));
    }

    @Test
    void aLiaisonsReportHoldsTheirSchoolOnly() throws IOException {
        JsonObject made = make("liaison", "ROSTER", "CSV", Map.of());
        String report = csv("liaison", made.getJsonNumber("id").longValue());
        assertThat(made.getString("filters")).contains("FL");
        assertThat(report).contains("Emma Clarke").doesNotContain("Lukas");
        assertThat(Api.demo(base, "liaison.cs").get("/api/v1/report-archive/" + made.getJsonNumber("id")
                .longValue()).status()).isEqualTo(404);

        long cs = Api.demo(base, "office").get("/api/v1/schools?code=CS").json().getJsonArray("rows")
                .getJsonObject(0).getJsonNumber("id").longValue();
        assertThat(Api.demo(base, "liaison").post("/api/v1/reports/ROSTER", Map.of("format", "CSV", "schoolId", cs))
                .status()).isEqualTo(404);
        assertThat(Api.demo(base, "liaison").post("/api/v1/reports/AUDIT_TRAIL", Map.of("format", "CSV")).status())
                .isEqualTo(403);
        assertThat(Api.demo(base, "liaison").get("/api/v1/reports").body()).doesNotContain("AUDIT_TRAIL");
    }
}
