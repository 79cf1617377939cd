package org.globaloffice.foreignteacher.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.globaloffice.foreignteacher.control.RosterFiles.teacher;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.globaloffice.platform.sheet.SheetError;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a user uploading a roster is told, and where: each error at the row Excel shows and the column it concerns
 * (the template's order puts the date of birth in E, the passport in F, the stage in R).
 */
class RosterReaderTest {

    private final RosterReader reader = new RosterReader();

    private RosterReader.Result read(RosterFiles file) {
        return reader.read(file.stream());
    }

    private static RosterReader.Result read(byte[] bytes) {
        return new RosterReader().read(new ByteArrayInputStream(bytes));
    }

    private static List<String> keys(RosterReader.Result result) {
        return result.errors().stream().map(SheetError::messageKey).toList();
    }

    @Test
    void aValidRosterReadsIntoTypedRowsWithoutErrors() {
        RosterReader.Result result = read(RosterFiles.withTemplateHeader()
                .row(2, teacher("E1234-5678"))
                .row(3, teacher("p 998877", RosterColumn.STAGE, "LEFT")));

        assertThat(result.errors()).isEmpty();
        assertThat(result.rows()).extracting(RosterRow::row, RosterRow::passportNumber, RosterRow::stage)
                .containsExactly(tuple(2, "E12345678", RecruitmentStage.ON_BOARD),
                        tuple(3, "P998877", RecruitmentStage.LEFT));
        RosterRow first = result.rows().get(0);
        assertThat(first.schoolCode()).isEqualTo("FL");
        assertThat(first.nativeName()).isEqualTo("Jane Smith");
        assertThat(first.birthDate()).isEqualTo(LocalDate.of(1985, 3, 12));
        assertThat(first.highestDegree()).isEqualTo(Degree.MASTER);
        assertThat(first.experienceYears()).isEqualTo(6);
        assertThat(first.educationOrLanguageDegree()).isTrue();
        assertThat(first.homeTeachingLicence()).isFalse();
        assertThat(first.intendedCategory()).isEqualTo(PermitCategory.B_LANGUAGE_TEACHER);
        assertThat(first.entryDate()).isEqualTo(LocalDate.of(2024, 8, 25));
        assertThat(first.toString()).doesNotContain("12345678").contains("••••5678");
        assertThat(result.letterOf(RosterColumn.PASSPORT)).isEqualTo("F");
    }

    @Test
    void optionalCellsMayStayEmpty() {
        Map<RosterColumn, Object> minimal = teacher("E12345678");
        List.of(RosterColumn.CHINESE_NAME, RosterColumn.FIELD, RosterColumn.EXPERIENCE_YEARS,
                RosterColumn.LANGUAGE_TEACHING_YEARS, RosterColumn.NATIVE_LANGUAGE, RosterColumn.LANGUAGE_TAUGHT,
                RosterColumn.EDUCATION_OR_LANGUAGE_DEGREE, RosterColumn.HOME_TEACHING_LICENCE,
                RosterColumn.TEFL_HOURS, RosterColumn.POINTS, RosterColumn.ENTRY_DATE).forEach(minimal::remove);

        RosterReader.Result result = read(RosterFiles.withTemplateHeader().row(2, minimal));

        assertThat(result.errors()).isEmpty();
        assertThat(result.rows().get(0).points()).isNull();
        assertThat(result.rows().get(0).educationOrLanguageDegree()).isNull();
    }

    @Test
    void blankRowsAreSkippedAndTheOthersKeepTheirExcelRowNumbers() {
        RosterFiles file = RosterFiles.withTemplateHeader()
                .row(3, teacher("E12345678"))
                .row(6, teacher("E22222222"));
        file.sheet().createRow(3).createCell(2).setCellValue("   ");
        file.sheet().createRow(4);

        RosterReader.Result result = read(file);

        assertThat(result.errors()).isEmpty();
        assertThat(result.rows()).extracting(RosterRow::row).containsExactly(3, 6);
    }

    @Test
    void columnsAreFoundByTitleInAnyOrderAndInEitherLanguage() {
        RosterColumn[] reversed = RosterColumn.values();
        java.util.Collections.reverse(Arrays.asList(reversed));
        String[] titles = Arrays.stream(reversed)
                .map(c -> c.ordinal() % 2 == 0 ? c.title(java.util.Locale.ENGLISH).toUpperCase()
                        : c.title(java.util.Locale.SIMPLIFIED_CHINESE).replace("（", " ( ").replace("）", ")"))
                .toArray(String[]::new);
        String[] withNotes = Arrays.copyOf(titles, titles.length + 1);
        withNotes[titles.length] = "备注 / Remarks";

        RosterReader.Result result = read(RosterFiles.withHeader(withNotes).inOrder(reversed)
                .row(2, teacher("E12345678")));

        assertThat(result.errors()).isEmpty();
        assertThat(result.rows().get(0).nativeName()).isEqualTo("Jane Smith");
        assertThat(result.letterOf(RosterColumn.ENTRY_DATE)).isEqualTo("A");
    }

    @Nested
    class TheFileAsAWhole {

        @Test
        void somethingThatIsNotAnXlsxAtAllIsOneClearError() {
            RosterReader.Result result = read("name,passport\nJane,E12345678\n".getBytes(StandardCharsets.UTF_8));

            assertThat(result.rows()).isEmpty();
            assertThat(result.errors()).containsExactly(SheetError.ofFile("roster.error.notXlsx"));
        }

        @Test
        void anEmptyUploadIsNotAnXlsx() {
            assertThat(keys(read(new byte[0]))).containsExactly("roster.error.notXlsx");
        }

        @Test
        void aZipThatIsNoWorkbookIsNotAnXlsx() throws IOException {
            ByteArrayOutputStream zip = new ByteArrayOutputStream();
            try (ZipOutputStream out = new ZipOutputStream(zip)) {
                out.putNextEntry(new ZipEntry("roster.csv"));
                out.write("Jane,E12345678".getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }

            assertThat(keys(read(zip.toByteArray()))).containsExactly("roster.error.notXlsx");
        }

        @Test
        void anOldXlsOrAPasswordProtectedWorkbookIsToldApart() {
            byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

            assertThat(keys(read(ole2))).containsExactly("roster.error.oldExcel");
        }

        @Test
        void aStreamThatFailsIsUnreadableNotAnException() {
            InputStream failing = new InputStream() {
                @Override
                public int read() throws IOException {
                    throw new IOException("connection reset");
                }
            };

            assertThat(keys(reader.read(failing))).containsExactly("roster.error.unreadable");
        }

        @Test
        void aFileLargerThanTenMegabytesIsRefusedUnread() {
            byte[] large = new byte[(int) RosterReader.MAX_BYTES + 1];
            large[0] = 'P';
            large[1] = 'K';

            assertThat(read(large).errors()).containsExactly(SheetError.ofFile("roster.error.tooLarge", "10"));
        }

        @Test
        void aRosterWithoutTeachersSaysSo() {
            assertThat(keys(read(RosterFiles.withTemplateHeader()))).containsExactly("roster.error.noRows");
            XSSFWorkbook empty = new XSSFWorkbook();
            empty.createSheet("Sheet1");
            assertThat(keys(read(bytes(empty)))).containsExactly("roster.error.noRows");
        }

        @Test
        void upToTwoThousandRowsAreRead() {
            RosterFiles file = RosterFiles.withTemplateHeader();
            for (int i = 0; i < RosterReader.MAX_ROWS; i++) {
                file.row(i + 2, teacher("E" + (10_000_000 + i)));
            }

            RosterReader.Result result = read(file);

            assertThat(result.errors()).isEmpty();
            assertThat(result.rows()).hasSize(RosterReader.MAX_ROWS);
        }

        @Test
        void moreThanTwoThousandRowsAreOneErrorAskingToSplitTheFile() {
            RosterFiles file = RosterFiles.withTemplateHeader();
            for (int i = 0; i <= RosterReader.MAX_ROWS; i++) {
                file.row(i + 2, teacher("E" + (10_000_000 + i), RosterColumn.BIRTH_DATE, "soon"));
            }

            RosterReader.Result result = read(file);

            assertThat(result.rows()).isEmpty();
            assertThat(result.errors()).containsExactly(SheetError.ofFile("roster.error.tooManyRows", "2000"));
        }
    }

    @Nested
    class TheHeader {

        @Test
        void aRenamedColumnIsMissingAtRowOneNamingTheTemplatesTitle() {
            String[] titles = Arrays.stream(RosterColumn.values()).map(RosterColumn::title).toArray(String[]::new);
            titles[RosterColumn.BIRTH_DATE.ordinal()] = "生日 / Birthday";

            RosterReader.Result result = read(RosterFiles.withHeader(titles).row(2, teacher("E12345678")));

            assertThat(result.rows()).isEmpty();
            assertThat(result.errors()).extracting(SheetError::row, SheetError::column, SheetError::messageKey)
                    .containsExactly(tuple(1, RosterColumn.BIRTH_DATE, "roster.error.missingColumn"));
            assertThat(result.errors().get(0).columnTitle()).isEqualTo("出生日期 / Date of birth");
        }

        @Test
        void everyMissingColumnIsNamed() {
            String[] titles = Arrays.stream(RosterColumn.values()).filter(c -> c != RosterColumn.PASSPORT
                    && c != RosterColumn.STAGE).map(RosterColumn::title).toArray(String[]::new);

            RosterReader.Result result = read(RosterFiles.withHeader(titles));

            assertThat(result.errors()).extracting(SheetError::row, SheetError::column)
                    .containsExactly(tuple(1, RosterColumn.PASSPORT), tuple(1, RosterColumn.STAGE));
        }

        @Test
        void aColumnTwiceIsAnErrorAtTheSecond() {
            String[] titles = Arrays.copyOf(Arrays.stream(RosterColumn.values()).map(RosterColumn::title)
                    .toArray(String[]::new), RosterColumn.values().length + 1);
            titles[titles.length - 1] = "Passport number";

            RosterReader.Result result = read(RosterFiles.withHeader(titles));

            assertThat(result.errors()).extracting(SheetError::row, SheetError::column, SheetError::columnLetter,
                    SheetError::messageKey).containsExactly(tuple(1, RosterColumn.PASSPORT, "T",
                    "roster.error.columnTwice"));
        }

        @Test
        void aSheetWithoutAnyOfTheTitlesIsNotTheTemplate() {
            RosterReader.Result result = read(RosterFiles.withHeader("Name", "Passport", "Country"));

            assertThat(result.errors()).extracting(SheetError::row, SheetError::column, SheetError::messageKey)
                    .containsExactly(tuple(1, null, "roster.error.notTemplate"));
        }
    }

    @Nested
    class TheCells {

        private SheetError onlyError(Map<RosterColumn, Object> teacher) {
            RosterReader.Result result = read(RosterFiles.withTemplateHeader()
                    .row(2, teacher("E11111111"))
                    .row(3, teacher));
            assertThat(result.errors()).hasSize(1);
            return result.errors().get(0);
        }

        @Test
        void textInADateCellIsAnErrorAtItsCell() {
            SheetError error = onlyError(teacher("E12345678", RosterColumn.BIRTH_DATE, "March 1985"));

            assertThat(error).isEqualTo(new SheetError(3, RosterColumn.BIRTH_DATE, "E", "roster.error.date",
                    List.of("March 1985")));
        }

        @ParameterizedTest
        @ValueSource(strings = {"1985-03-12", "1985-3-12", " 1985-03-12 "})
        void aDateTypedAsTextYearMonthDayIsTaken(String typed) {
            RosterReader.Result result = read(RosterFiles.withTemplateHeader()
                    .row(2, teacher("E12345678", RosterColumn.BIRTH_DATE, typed)));

            assertThat(result.errors()).isEmpty();
            assertThat(result.rows().get(0).birthDate()).isEqualTo(LocalDate.of(1985, 3, 12));
        }

        @ParameterizedTest
        @ValueSource(strings = {"12/03/1985", "1985-02-30", "1985年3月12日"})
        void otherDateWritingsAreRefused(String typed) {
            SheetError error = onlyError(teacher("E12345678", RosterColumn.ENTRY_DATE, typed));

            assertThat(error).isEqualTo(new SheetError(3, RosterColumn.ENTRY_DATE, "S", "roster.error.date",
                    List.of(typed)));
        }

        @Test
        void aPlainNumberInADateCellIsRefused() {
            SheetError error = onlyError(teacher("E12345678", RosterColumn.BIRTH_DATE, 31118));

            assertThat(error).isEqualTo(new SheetError(3, RosterColumn.BIRTH_DATE, "E", "roster.error.date",
                    List.of("31118")));
        }

        @Test
        void aFractionOrWordInANumberCellIsRefused() {
            assertThat(onlyError(teacher("E12345678", RosterColumn.EXPERIENCE_YEARS, 2.5)))
                    .isEqualTo(new SheetError(3, RosterColumn.EXPERIENCE_YEARS, "I", "roster.error.wholeNumber",
                            List.of("2.5")));
            assertThat(onlyError(teacher("E12345678", RosterColumn.TEFL_HOURS, "many")))
                    .isEqualTo(new SheetError(3, RosterColumn.TEFL_HOURS, "O", "roster.error.wholeNumber",
                            List.of("many")));
        }

        @Test
        void aNumberTypedAsTextIsTaken() {
            RosterReader.Result result = read(RosterFiles.withTemplateHeader()
                    .row(2, teacher("E12345678", RosterColumn.POINTS, "85")));

            assertThat(result.errors()).isEmpty();
            assertThat(result.rows().get(0).points()).isEqualTo(85);
        }

        @Test
        void anUnknownChoiceIsAnErrorAtItsCell() {
            assertThat(onlyError(teacher("E12345678", RosterColumn.STAGE, "Hired")))
                    .isEqualTo(new SheetError(3, RosterColumn.STAGE, "R", "roster.error.choice", List.of("Hired")));
            assertThat(onlyError(teacher("E12345678", RosterColumn.HIGHEST_DEGREE, "PhD")))
                    .isEqualTo(new SheetError(3, RosterColumn.HIGHEST_DEGREE, "G", "roster.error.choice",
                            List.of("PhD")));
            assertThat(onlyError(teacher("E12345678", RosterColumn.HOME_TEACHING_LICENCE, "maybe")))
                    .isEqualTo(new SheetError(3, RosterColumn.HOME_TEACHING_LICENCE, "N", "roster.error.choice",
                            List.of("maybe")));
        }

        @Test
        void aChoiceIsTakenByEitherHalfOfItsLabelOrItsCode() {
            RosterReader.Result result = read(RosterFiles.withTemplateHeader()
                    .row(2, teacher("E12345671", RosterColumn.STAGE, "已续聘"))
                    .row(3, teacher("E12345672", RosterColumn.STAGE, "permit in progress"))
                    .row(4, teacher("E12345673", RosterColumn.STAGE, "ON_BOARD"))
                    .row(5, teacher("E12345674", RosterColumn.HOME_TEACHING_LICENCE, true))
                    .row(6, teacher("E12345675", RosterColumn.INTENDED_CATEGORY, "A 类(高端人才) / A (high-end talent)")));

            assertThat(result.errors()).isEmpty();
            assertThat(result.rows()).extracting(RosterRow::stage).containsExactly(RecruitmentStage.RENEWED,
                    RecruitmentStage.PERMIT_IN_PROGRESS, RecruitmentStage.ON_BOARD, RecruitmentStage.ON_BOARD,
                    RecruitmentStage.ON_BOARD);
            assertThat(result.rows().get(3).homeTeachingLicence()).isTrue();
            assertThat(result.rows().get(4).intendedCategory()).isEqualTo(PermitCategory.A);
        }

        @Test
        void textLongerThanTheRecordTakesIsRefusedWithTheLimit() {
            assertThat(onlyError(teacher("E12345678", RosterColumn.NATIVE_NAME, "x".repeat(201))))
                    .isEqualTo(new SheetError(3, RosterColumn.NATIVE_NAME, "B", "roster.error.tooLong",
                            List.of("200")));
            assertThat(onlyError(teacher("E12345678", RosterColumn.CHINESE_NAME, "名".repeat(101))))
                    .isEqualTo(new SheetError(3, RosterColumn.CHINESE_NAME, "C", "roster.error.tooLong",
                            List.of("100")));
            assertThat(onlyError(teacher("E12345678", RosterColumn.SCHOOL_CODE, "FOREIGN-LANGUAGES")))
                    .isEqualTo(new SheetError(3, RosterColumn.SCHOOL_CODE, "A", "roster.error.tooLong",
                            List.of("16")));
        }

        @Test
        void aRequiredCellLeftEmptyIsAnError() {
            Map<RosterColumn, Object> withoutPassport = teacher(null);

            assertThat(onlyError(withoutPassport)).isEqualTo(new SheetError(3, RosterColumn.PASSPORT, "F",
                    "roster.error.required", List.of()));
        }

        @Test
        void anExcelErrorValueIsAnError() {
            RosterFiles file = RosterFiles.withTemplateHeader().row(2, teacher("E12345678"));
            file.sheet().getRow(1).getCell(RosterColumn.NATIONALITY.ordinal()).setCellErrorValue(FormulaError.NA.getCode());

            RosterReader.Result result = read(file);

            assertThat(result.errors()).containsExactly(new SheetError(2, RosterColumn.NATIONALITY, "D",
                    "roster.error.excelError", List.of()));
        }

        @Test
        void aPassportOfDigitsTypedAsANumberIsReadAsItsDigits() {
            RosterReader.Result result = read(RosterFiles.withTemplateHeader()
                    .row(2, teacher(null, RosterColumn.PASSPORT, 123456789)));

            assertThat(result.errors()).isEmpty();
            assertThat(result.rows().get(0).passportNumber()).isEqualTo("123456789");
        }

        @Test
        void everyErrorOfARowIsReportedLeftToRight() {
            Map<RosterColumn, Object> teacher = teacher("E12345678", RosterColumn.STAGE, "Hired");
            teacher.put(RosterColumn.BIRTH_DATE, "yesterday");
            teacher.remove(RosterColumn.NATIVE_NAME);

            RosterReader.Result result = read(RosterFiles.withTemplateHeader().row(4, teacher));

            assertThat(result.errors()).extracting(SheetError::row, SheetError::column, SheetError::messageKey)
                    .containsExactly(tuple(4, RosterColumn.NATIVE_NAME, "roster.error.required"),
                            tuple(4, RosterColumn.BIRTH_DATE, "roster.error.date"),
                            tuple(4, RosterColumn.STAGE, "roster.error.choice"));
            assertThat(result.rows()).extracting(RosterRow::row).containsExactly(4);
        }
    }

    @Nested
    class PassportsTwiceInTheFile {

        @Test
        void bothRowsAreReportedEachNamingTheOtherWithTheNumberMasked() {
            RosterReader.Result result = read(RosterFiles.withTemplateHeader()
                    .row(2, teacher("E12345678"))
                    .row(3, teacher("E99999999"))
                    .row(5, teacher("e 1234-5678")));

            assertThat(result.errors()).containsExactly(
                    new SheetError(2, RosterColumn.PASSPORT, "F", "roster.error.passportTwice",
                            List.of("••••5678", "5")),
                    new SheetError(5, RosterColumn.PASSPORT, "F", "roster.error.passportTwice",
                            List.of("••••5678", "2")));
        }

        @Test
        void aNumberThreeTimesNamesBothOthers() {
            RosterReader.Result result = read(RosterFiles.withTemplateHeader()
                    .row(2, teacher("E12345678"))
                    .row(3, teacher("E12345678"))
                    .row(4, teacher("E12345678")));

            assertThat(result.errors()).extracting(SheetError::row, e -> e.arguments().get(1))
                    .containsExactly(tuple(2, "3, 4"), tuple(3, "2, 4"), tuple(4, "2, 3"));
        }

        @Test
        void noErrorEverCarriesAWholePassportNumber() {
            Map<RosterColumn, Object> broken = teacher("E12345678", RosterColumn.BIRTH_DATE, "bad");
            RosterReader.Result result = read(RosterFiles.withTemplateHeader()
                    .row(2, broken).row(3, teacher("E12345678")).row(4, teacher("E1234567890123456789012")));

            assertThat(result.errors()).isNotEmpty().allSatisfy(error -> assertThat(error.arguments())
                    .noneMatch(a -> a.contains("12345678") || a.contains("1234567890")));
        }
    }

    @Nested
    class TheTemplate {

        @Test
        void filledInItReadsBackWithoutErrors() {
            byte[] template = RosterTemplate.workbook(List.of("FL", "CS"));
            RosterFiles filled = RosterFiles.of(template)
                    .row(2, teacher("E12345678"))
                    .row(3, teacher("G7654321", RosterColumn.SCHOOL_CODE, "CS"));
            filled.sheet().getRow(2).getCell(RosterColumn.STAGE.ordinal())
                    .setCellValue(RosterColumn.choice(RecruitmentStage.PERMIT_IN_PROGRESS));

            RosterReader.Result result = read(filled.bytes());

            assertThat(result.errors()).isEmpty();
            assertThat(result.rows()).extracting(RosterRow::row, RosterRow::schoolCode, RosterRow::stage)
                    .containsExactly(tuple(2, "FL", RecruitmentStage.ON_BOARD),
                            tuple(3, "CS", RecruitmentStage.PERMIT_IN_PROGRESS));
        }

        @Test
        void asDownloadedItHasNoTeachersYet() {
            assertThat(keys(read(RosterTemplate.workbook(List.of("FL"))))).containsExactly("roster.error.noRows");
        }

        @Test
        void theRosterIsFoundByItsSheetNameEvenWhenTheInstructionsComeFirst() throws IOException {
            XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(RosterFiles.of(
                    RosterTemplate.workbook(List.of("FL"))).row(2, teacher("E12345678")).bytes()));
            workbook.setSheetOrder(RosterTemplate.rosterSheetName(), 1);

            RosterReader.Result result = read(bytes(workbook));

            assertThat(result.errors()).isEmpty();
            assertThat(result.rows()).hasSize(1);
        }
    }

    private static byte[] bytes(XSSFWorkbook workbook) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
