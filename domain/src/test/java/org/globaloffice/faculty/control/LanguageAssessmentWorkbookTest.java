package org.globaloffice.faculty.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class LanguageAssessmentWorkbookTest {

    private static final List<LanguageAssessmentWorkbook.Line> LINES = List.of(
            new LanguageAssessmentWorkbook.Line("T2021001", "王伟", "外国语学院", "IELTS Academic", LocalDate.of(2021, 3, 6),
                    new BigDecimal("6.5"), true),
            new LanguageAssessmentWorkbook.Line("T2021005", "陈伟 (Wei Chen)", "计算机学院", "TOEFL iBT",
                    LocalDate.of(2022, 1, 15), new BigDecimal("79"), false));

    private static XSSFWorkbook read(byte[] xlsx) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
    }

    @Test
    void titlesAreInTheReadersLanguage() throws IOException {
        try (XSSFWorkbook zh = read(LanguageAssessmentWorkbook.write(Locale.SIMPLIFIED_CHINESE, LINES.iterator()));
             XSSFWorkbook en = read(LanguageAssessmentWorkbook.write(Locale.ENGLISH, LINES.iterator()));
             XSSFWorkbook fr = read(LanguageAssessmentWorkbook.write(Locale.FRENCH, LINES.iterator()))) {
            assertThat(zh.getSheetName(0)).isEqualTo("外语能力测评");
            assertThat(zh.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("工号");
            assertThat(zh.getSheetAt(0).getRow(1).getCell(6).getStringCellValue()).isEqualTo("通过");
            assertThat(en.getSheetAt(0).getRow(0).getCell(5).getStringCellValue()).isEqualTo("Score");
            assertThat(en.getSheetAt(0).getRow(2).getCell(6).getStringCellValue()).isEqualTo("Not passed");
            assertThat(fr.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("Staff number");
        }
    }

    @Test
    void datesAreDatesAndScoresAreNumbers() throws IOException {
        try (XSSFWorkbook workbook = read(LanguageAssessmentWorkbook.write(Locale.ENGLISH, LINES.iterator()))) {
            Row first = workbook.getSheetAt(0).getRow(1);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("T2021001");
            assertThat(first.getCell(4).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(first.getCell(4))).isTrue();
            assertThat(first.getCell(4).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2021, 3, 6));
            assertThat(first.getCell(5).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(5).getNumericCellValue()).isEqualTo(6.5);
        }
    }

    @Test
    void theHeaderStaysInViewAndFilters() throws IOException {
        try (XSSFWorkbook workbook = read(LanguageAssessmentWorkbook.write(Locale.ENGLISH, LINES.iterator()))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:G3");
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
        }
    }

    @Test
    void anEmptyExportStillHasItsHeader() throws IOException {
        try (XSSFWorkbook workbook = read(LanguageAssessmentWorkbook.write(Locale.ENGLISH, List.<LanguageAssessmentWorkbook.Line>of()
                .iterator()))) {
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(1).getStringCellValue()).isEqualTo("Name");
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isZero();
        }
    }

    @Test
    void bothBundlesHaveTheSameKeys() throws IOException {
        assertThat(keys("zh_CN")).containsExactlyInAnyOrderElementsOf(keys("en"));
    }

    private static java.util.Set<String> keys(String suffix) throws IOException {
        Properties properties = new Properties();
        try (var in = LanguageAssessmentWorkbook.class.getResourceAsStream("assessments_" + suffix + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties.stringPropertyNames();
    }
}
