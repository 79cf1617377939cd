package org.globaloffice.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.globaloffice.foreignteacher.control.RosterColumn;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Importing a roster through the real service: all rows or none, a liaison only into their own school, passports
 * already on file refused by their keyed hash, the imported teachers scoped and alerted like any other.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RosterImportIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application(WriteHarness.class);
    }

    @ArquillianResource
    URL base;

    private static String passport() {
        return "R" + (10_000_000 + new Random().nextInt(89_999_999));
    }

    /** A roster with the template's titles and one teacher per row: school code, name and passport. */
    private static byte[] roster(List<String[]> teachers) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Roster");
            Row header = sheet.createRow(0);
            RosterColumn[] columns = RosterColumn.values();
            for (int i = 0; i < columns.length; i++) {
                header.createCell(i).setCellValue(columns[i].title());
            }
            int r = 1;
            for (String[] teacher : teachers) {
                Map<RosterColumn, String> values = Map.of(RosterColumn.SCHOOL_CODE, teacher[0],
                        RosterColumn.NATIVE_NAME, teacher[1], RosterColumn.PASSPORT, teacher[2],
                        RosterColumn.NATIONALITY, "CA", RosterColumn.BIRTH_DATE, "1987-06-30",
                        RosterColumn.HIGHEST_DEGREE, "硕士 / Master",
                        RosterColumn.INTENDED_CATEGORY, "B 类（语言教师） / B (language teacher)",
                        RosterColumn.STAGE, "已入职 / On board",
                        RosterColumn.ENTRY_DATE, LocalDate.now().minusDays(3).toString());
                Row row = sheet.createRow(r++);
                for (int i = 0; i < columns.length; i++) {
                    if (values.containsKey(columns[i])) {
                        row.createCell(i).setCellValue(values.get(columns[i]));
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private int countNamed(String user, String name) {
        return Api.demo(base, user).get("/api/v1/foreign-experts?size=500").json().getJsonArray("rows").stream()
                .filter(e -> name.equals(e.asJsonObject().getString("nativeName"))).toList().size();
    }

    @Test
    void oneBadRowImportsNothingAndNamesItsRowAndColumn() throws IOException {
        String name = "Importee " + new Random().nextInt(1_000_000);
        String duplicate = passport();
        var result = Api.demo(base, "liaison").postBytes("/api/test/roster", Map.of(), roster(List.of(
                new String[] {"FL", name, passport()},
                new String[] {"CS", name, passport()},
                new String[] {"FL", name, duplicate},
                new String[] {"FL", name, duplicate})));

        assertThat(result.status()).as(result.body()).isEqualTo(200);
        assertThat(result.json().getInt("imported")).isZero();
        String errors = result.json().getJsonArray("errors").toString();
        assertThat(errors).as("another school's code, on row 3, column A").contains("3:A:");
        assertThat(errors).as("the same passport on rows 4 and 5").contains("4:", "5:")
                .doesNotContain(duplicate.substring(1, 5));
        assertThat(errors).doesNotContain("2:A:");
        assertThat(countNamed("office", name)).as("nothing imported").isZero();
    }

    @Test
    void aValidRosterIsImportedWholeAndScopedLikeAnyTeacher() throws IOException {
        String name = "Importee " + new Random().nextInt(1_000_000);
        String onFile = passport();
        byte[] first = roster(List.<String[]>of(new String[] {"FL", name, onFile}, new String[] {"FL", name, passport()}));

        var imported = Api.demo(base, "liaison").postBytes("/api/test/roster", Map.of(), first);
        assertThat(imported.json().getInt("imported")).as(imported.body()).isEqualTo(2);
        assertThat(countNamed("liaison", name)).isEqualTo(2);
        assertThat(countNamed("liaison.cs", name)).isZero();
        assertThat(Api.demo(base, "liaison").get("/api/v1/expiry-alerts?size=500").body())
                .as("an imported newcomer's permits fall due like anybody's").contains(name);

        var again = Api.demo(base, "office").postBytes("/api/test/roster", Map.of(),
                roster(List.<String[]>of(new String[] {"FL", name + " B", onFile})));
        assertThat(again.json().getInt("imported")).isZero();
        assertThat(again.json().getJsonArray("errors").toString()).contains("2:");
        assertThat(countNamed("office", name + " B")).isZero();

        assertThat(Api.demo(base, "auditor").postBytes("/api/test/roster", Map.of(), first).status())
                .as("an auditor imports nothing").isEqualTo(403);
        var notExcel = Api.demo(base, "office").postBytes("/api/test/roster", Map.of(), "a,b,c\n".getBytes());
        assertThat(notExcel.status()).isEqualTo(200);
        assertThat(notExcel.json().getInt("imported")).isZero();
        assertThat(notExcel.json().getJsonArray("errors")).isNotEmpty();
    }
}
