package org.globaloffice.faculty.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.globaloffice.faculty.entity.AcademicTitle;
import org.globaloffice.faculty.entity.DegreeLevel;
import org.globaloffice.platform.sheet.SheetTemplate;
import org.junit.jupiter.api.Test;

/** The faculty template a user downloads: bilingual, explained, and offering the choices its list columns take. */
class FacultyRosterTemplateTest {

    private static XSSFWorkbook open(byte[] bytes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    private static Properties bundle(String suffix) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = FacultyRosterTemplateTest.class.getResourceAsStream(
                "/org/globaloffice/faculty/control/roster_" + suffix + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static List<String> texts(Sheet sheet) {
        List<String> texts = new ArrayList<>();
        sheet.forEach(row -> row.forEach(cell -> texts.add(cell.getStringCellValue())));
        return texts;
    }

    @Test
    void bothLanguagesHaveTheSameTextsAndEveryColumnAndChoiceHasOne() throws IOException {
        Properties en = bundle("en");
        Properties zh = bundle("zh_CN");

        assertThat(zh.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
        for (FacultyRosterColumn column : FacultyRosterColumn.values()) {
            assertThat(en).containsKeys("column." + column.name(), "hint." + column.name());
            column.choices().forEach(choice -> assertThat(FacultyRosterColumn.TEXTS.choice(choice)).contains(" / "));
        }
        assertThat(FacultyRosterColumn.TITLE.title()).isEqualTo("职称 / Academic title");
        assertThat(FacultyRosterColumn.TEXTS.choice(AcademicTitle.ASSOCIATE_PROFESSOR))
                .isEqualTo("副教授 / Associate professor");
    }

    @Test
    void theHeaderHasOneBilingualTitlePerColumnInTheTemplatesOrderWithAHint() throws IOException {
        try (XSSFWorkbook workbook = open(FacultyRosterTemplate.workbook(List.of("FL")))) {
            Sheet roster = workbook.getSheetAt(0);
            Row header = roster.getRow(0);

            assertThat(roster.getSheetName()).isEqualTo("教师名单 Faculty").isEqualTo(
                    FacultyRosterTemplate.rosterSheetName());
            assertThat(header.getLastCellNum()).isEqualTo((short) FacultyRosterColumn.values().length);
            for (FacultyRosterColumn column : FacultyRosterColumn.values()) {
                assertThat(header.getCell(column.ordinal()).getStringCellValue()).isEqualTo(column.title());
                assertThat(header.getCell(column.ordinal()).getCellComment().getString().getString())
                        .contains(column.hint(Locale.SIMPLIFIED_CHINESE), column.hint(Locale.ENGLISH));
            }
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("工号 / Staff number");
            assertThat(header.getCell(0).getCellComment().getString().getString()).startsWith("必填 / Required");
            assertThat(header.getCell(FacultyRosterColumn.DEGREE_TO.ordinal()).getStringCellValue())
                    .isEqualTo("学位授予日期 / Degree conferred");
        }
    }

    @Test
    void theTitleAndDegreeListsOfferEveryLabelInBothLanguagesAndTheSchoolListTheCallersSchools()
            throws IOException {
        try (XSSFWorkbook workbook = open(FacultyRosterTemplate.workbook(List.of("CS", "FL")))) {
            Sheet roster = workbook.getSheetAt(0);
            Sheet lists = workbook.getSheet(SheetTemplate.LISTS_SHEET);
            List<? extends DataValidation> validations = roster.getDataValidations();

            assertThat(workbook.isSheetHidden(workbook.getSheetIndex(lists))).isTrue();
            assertThat(validations).extracting(v -> v.getRegions().getCellRangeAddress(0).getFirstColumn())
                    .containsExactlyInAnyOrder(FacultyRosterColumn.SCHOOL_CODE.ordinal(),
                            FacultyRosterColumn.TITLE.ordinal(), FacultyRosterColumn.DEGREE_LEVEL.ordinal());
            assertThat(validations).allSatisfy(v -> {
                assertThat(v.getRegions().getCellRangeAddress(0).getFirstRow()).isEqualTo(1);
                assertThat(v.getRegions().getCellRangeAddress(0).getLastRow())
                        .isEqualTo(FacultyRosterReader.MAX_ROWS);
            });
            assertThat(texts(lists)).containsExactlyInAnyOrder("CS", "FL",
                    "教授 / Professor", "副教授 / Associate professor", "讲师 / Lecturer", "助教 / Assistant lecturer",
                    "研究员 / Researcher", "副研究员 / Associate researcher", "其他 / Other",
                    "学士 / Bachelor", "硕士 / Master", "博士 / Doctorate");
            assertThat(texts(lists)).hasSize(AcademicTitle.values().length + DegreeLevel.values().length + 2);
        }
    }

    @Test
    void theInstructionsSheetExplainsTheRulesInBothLanguages() throws IOException {
        try (XSSFWorkbook workbook = open(FacultyRosterTemplate.workbook(List.of("FL")))) {
            List<String> texts = texts(workbook.getSheet("说明 Instructions"));

            assertThat(texts).contains("导入教师名单", "Importing a roster of faculty members",
                    FacultyRosterColumn.DEGREE_COUNTRY.title());
            assertThat(texts).anyMatch(t -> t.contains("At most 2000 faculty members per file, and at most 10 MB"));
            assertThat(texts).anyMatch(t -> t.contains("每个文件最多 2000 名教师"));
            assertThat(texts).anyMatch(t -> t.contains("leave all of the degree's cells empty"));
            assertThat(texts).anyMatch(t -> t.contains("或将学位各列全部留空"));
        }
    }
}
