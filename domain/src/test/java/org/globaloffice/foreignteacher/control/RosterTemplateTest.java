package org.globaloffice.foreignteacher.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The template a user downloads: bilingual, explained, and offering the choices each list column takes. */
class RosterTemplateTest {

    private static XSSFWorkbook open(byte[] bytes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    private static Properties bundle(String suffix) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = RosterTemplateTest.class.getResourceAsStream(
                "/org/globaloffice/foreignteacher/control/roster_" + suffix + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void bothLanguagesHaveTheSameTextsAndEveryColumnAndChoiceHasOne() throws IOException {
        Properties en = bundle("en");
        Properties zh = bundle("zh_CN");

        assertThat(zh.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
        for (RosterColumn column : RosterColumn.values()) {
            assertThat(en).containsKeys("column." + column.name(), "hint." + column.name());
            column.kind().choices().forEach(choice -> assertThat(RosterColumn.choice(choice)).contains(" / "));
        }
        assertThat(RosterColumn.BIRTH_DATE.title()).isEqualTo("出生日期 / Date of birth");
        assertThat(RosterColumn.choice(RecruitmentStage.ON_BOARD)).isEqualTo("已入职 / On board");
    }

    @Test
    void theHeaderHasOneBilingualTitlePerColumnInTheTemplatesOrderWithAHint() throws IOException {
        try (XSSFWorkbook workbook = open(RosterTemplate.workbook(List.of("FL")))) {
            Sheet roster = workbook.getSheetAt(0);
            Row header = roster.getRow(0);

            assertThat(roster.getSheetName()).isEqualTo("名单 Roster");
            assertThat(header.getLastCellNum()).isEqualTo((short) RosterColumn.values().length);
            for (RosterColumn column : RosterColumn.values()) {
                assertThat(header.getCell(column.ordinal()).getStringCellValue()).isEqualTo(column.title());
                assertThat(header.getCell(column.ordinal()).getCellComment().getString().getString())
                        .contains(RosterColumn.text(Locale.ENGLISH, "hint." + column.name()));
            }
            assertThat(header.getCell(RosterColumn.PASSPORT.ordinal()).getStringCellValue())
                    .isEqualTo("护照号码 / Passport number");
        }
    }

    @Test
    void theInstructionsSheetExplainsTheRulesInBothLanguages() throws IOException {
        try (XSSFWorkbook workbook = open(RosterTemplate.workbook(List.of("FL")))) {
            Sheet instructions = workbook.getSheet("说明 Instructions");
            List<String> texts = new ArrayList<>();
            instructions.forEach(row -> row.forEach(cell -> texts.add(cell.getStringCellValue())));

            assertThat(texts).contains("导入外籍教师名单", "Importing a roster of foreign teachers",
                    RosterColumn.STAGE.title());
            assertThat(texts).anyMatch(t -> t.contains("At most 2000 teachers per file, and at most 10 MB"));
            assertThat(texts).anyMatch(t -> t.contains("每个文件最多 2000 名教师"));
            assertThat(texts).anyMatch(t -> t.contains("nothing is imported"));
        }
    }

    @Test
    void listColumnsOfferTheirChoicesAndTheCallersSchoolsFromAHiddenSheet() throws IOException {
        try (XSSFWorkbook workbook = open(RosterTemplate.workbook(List.of("CS", "FL")))) {
            Sheet roster = workbook.getSheetAt(0);
            Sheet lists = workbook.getSheet(RosterTemplate.LISTS_SHEET);
            List<? extends DataValidation> validations = roster.getDataValidations();

            assertThat(workbook.isSheetHidden(workbook.getSheetIndex(lists))).isTrue();
            assertThat(validations).extracting(v -> v.getRegions().getCellRangeAddress(0).getFirstColumn())
                    .containsExactlyInAnyOrder(RosterColumn.SCHOOL_CODE.ordinal(),
                            RosterColumn.HIGHEST_DEGREE.ordinal(),
                            RosterColumn.EDUCATION_OR_LANGUAGE_DEGREE.ordinal(),
                            RosterColumn.HOME_TEACHING_LICENCE.ordinal(), RosterColumn.INTENDED_CATEGORY.ordinal(),
                            RosterColumn.STAGE.ordinal());
            assertThat(validations).allSatisfy(v -> {
                assertThat(v.getRegions().getCellRangeAddress(0).getFirstRow()).isEqualTo(1);
                assertThat(v.getRegions().getCellRangeAddress(0).getLastRow()).isEqualTo(RosterReader.MAX_ROWS);
                assertThat(v.getErrorStyle()).isEqualTo(DataValidation.ErrorStyle.WARNING);
            });
            List<String> offered = new ArrayList<>();
            lists.forEach(row -> row.forEach(cell -> offered.add(cell.getStringCellValue())));
            assertThat(offered).contains("CS", "FL", "已入职 / On board", "学士 / Bachelor", "是 / Yes",
                    "B 类（语言教师） / B (language teacher)");
            assertThat(offered).containsAll(Arrays.stream(RecruitmentStage.values()).map(RosterColumn::choice)
                    .toList());
        }
    }

    @Test
    void withoutSchoolsInScopeTheSchoolColumnOffersNoList() throws IOException {
        try (XSSFWorkbook workbook = open(RosterTemplate.workbook(List.of()))) {
            assertThat(workbook.getSheetAt(0).getDataValidations())
                    .noneMatch(v -> v.getRegions().getCellRangeAddress(0).getFirstColumn() == 0);
        }
    }
}
