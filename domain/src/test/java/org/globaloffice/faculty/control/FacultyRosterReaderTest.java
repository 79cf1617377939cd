package org.globaloffice.faculty.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.globaloffice.faculty.control.FacultyRosterFiles.member;
import static org.globaloffice.faculty.control.FacultyRosterFiles.withTemplateHeader;
import static org.globaloffice.faculty.control.FacultyRosterFiles.withoutDegree;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.globaloffice.faculty.entity.AcademicTitle;
import org.globaloffice.faculty.entity.DegreeLevel;
import org.globaloffice.platform.sheet.SheetError;
import org.globaloffice.platform.sheet.SheetFiles;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a user uploading a faculty roster is told, and where: each error at the row Excel shows and the letter of its
 * column in the template's order (A staff number … E title, G e-mail, H–M the degree).
 */
class FacultyRosterReaderTest {

    private static FacultyRosterReader.Result read(SheetFiles<FacultyRosterColumn> file) {
        return read(file.bytes());
    }

    private static FacultyRosterReader.Result read(byte[] bytes) {
        return new FacultyRosterReader().read(new ByteArrayInputStream(bytes));
    }

    /** The errors of a roster whose row 2 is valid and row 3 is the one given. */
    private static List<SheetError> errorsOfRowThree(Map<FacultyRosterColumn, Object> member) {
        return read(withTemplateHeader().row(2, member("T-0001")).row(3, member)).errors();
    }

    private static SheetError error(FacultyRosterColumn column, String letter, String problem, String... arguments) {
        return new SheetError(3, column, letter, "faculty.import.error." + problem, List.of(arguments));
    }

    @Test
    void aValidRosterReadsIntoTypedRows() {
        Map<FacultyRosterColumn, Object> lecturer = withoutDegree("2019-0042");
        lecturer.put(FacultyRosterColumn.TITLE, "lecturer");
        lecturer.remove(FacultyRosterColumn.ENGLISH_NAME);
        lecturer.remove(FacultyRosterColumn.FOREIGN_LANGUAGES);
        lecturer.remove(FacultyRosterColumn.EMAIL);

        FacultyRosterReader.Result result = read(withTemplateHeader()
                .row(2, member("T-0001", FacultyRosterColumn.DEGREE_COUNTRY, "gb"))
                .row(3, lecturer));

        assertThat(result.errors()).isEmpty();
        assertThat(result.rows()).containsExactly(
                new FacultyRosterRow(2, "T-0001", "FL", "王芳", "Wang Fang", AcademicTitle.ASSOCIATE_PROFESSOR,
                        "English; French", "wangfang@example.edu.cn", new FacultyRosterRow.Degree(
                        DegreeLevel.DOCTORATE, "Linguistics", "University of Edinburgh", "GB",
                        LocalDate.of(2010, 9, 1), LocalDate.of(2014, 6, 30))),
                new FacultyRosterRow(3, "2019-0042", "FL", "王芳", null, AcademicTitle.LECTURER, null, null, null));
        assertThat(result.letterOf(FacultyRosterColumn.DEGREE_TO)).isEqualTo("M");
    }

    @Test
    void chineseNamesAndRareCharactersSurviveTheRoundTrip() {
        FacultyRosterReader.Result result = read(withTemplateHeader()
                .row(2, member("T-0001", FacultyRosterColumn.CHINESE_NAME, "欧阳𠮷"))
                .row(3, member("T-0002", FacultyRosterColumn.CHINESE_NAME, "司马·迪丽热巴")));

        assertThat(result.errors()).isEmpty();
        assertThat(result.rows()).extracting(FacultyRosterRow::chineseName).containsExactly("欧阳𠮷", "司马·迪丽热巴");
    }

    @Test
    void aStaffNumberTypedAsANumberIsReadAsItsDigits() {
        FacultyRosterReader.Result result = read(withTemplateHeader()
                .row(2, member(null, FacultyRosterColumn.STAFF_NUMBER, 20190042)));

        assertThat(result.errors()).isEmpty();
        assertThat(result.rows().get(0).staffNumber()).isEqualTo("20190042");
    }

    @Nested
    class RequiredCells {

        static Stream<Arguments> requiredColumns() {
            return Stream.of(Arguments.of(FacultyRosterColumn.STAFF_NUMBER, "A"),
                    Arguments.of(FacultyRosterColumn.SCHOOL_CODE, "B"),
                    Arguments.of(FacultyRosterColumn.CHINESE_NAME, "C"),
                    Arguments.of(FacultyRosterColumn.TITLE, "E"));
        }

        @ParameterizedTest
        @MethodSource("requiredColumns")
        void aRequiredCellLeftEmptyIsAnErrorAtItsCell(FacultyRosterColumn column, String letter) {
            Map<FacultyRosterColumn, Object> member = member("T-0002");
            member.remove(column);

            assertThat(errorsOfRowThree(member)).containsExactly(error(column, letter, "required"));
        }

        @Test
        void theOptionalCellsMayStayEmpty() {
            Map<FacultyRosterColumn, Object> member = withoutDegree("T-0002");
            member.remove(FacultyRosterColumn.ENGLISH_NAME);
            member.remove(FacultyRosterColumn.FOREIGN_LANGUAGES);
            member.remove(FacultyRosterColumn.EMAIL);

            assertThat(errorsOfRowThree(member)).isEmpty();
        }
    }

    @Nested
    class Lengths {

        static Stream<Arguments> limitedColumns() {
            return Stream.of(Arguments.of(FacultyRosterColumn.STAFF_NUMBER, "A", 20, "9"),
                    Arguments.of(FacultyRosterColumn.SCHOOL_CODE, "B", 16, "F"),
                    Arguments.of(FacultyRosterColumn.CHINESE_NAME, "C", 100, "王"),
                    Arguments.of(FacultyRosterColumn.ENGLISH_NAME, "D", 200, "x"),
                    Arguments.of(FacultyRosterColumn.FOREIGN_LANGUAGES, "F", 200, "x"),
                    Arguments.of(FacultyRosterColumn.DEGREE_FIELD, "I", 200, "x"),
                    Arguments.of(FacultyRosterColumn.DEGREE_INSTITUTION, "J", 200, "大"));
        }

        @ParameterizedTest
        @MethodSource("limitedColumns")
        void exactlyTheLimitIsTakenOneMoreIsRefusedWithTheLimit(FacultyRosterColumn column, String letter, int limit,
                String character) {
            assertThat(errorsOfRowThree(member("T-0002", column, character.repeat(limit)))).isEmpty();
            assertThat(errorsOfRowThree(member("T-0002", column, character.repeat(limit + 1))))
                    .containsExactly(error(column, letter, "tooLong", String.valueOf(limit)));
        }

        @Test
        void anEmailAddressMayHave254CharactersNotMore() {
            String domain = "@example.edu.cn";
            String longest = "a".repeat(254 - domain.length()) + domain;

            assertThat(errorsOfRowThree(member("T-0002", FacultyRosterColumn.EMAIL, longest))).isEmpty();
            assertThat(errorsOfRowThree(member("T-0002", FacultyRosterColumn.EMAIL, "a" + longest)))
                    .containsExactly(error(FacultyRosterColumn.EMAIL, "G", "tooLong", "254"));
        }
    }

    @Nested
    class StaffNumbers {

        @ParameterizedTest
        @ValueSource(strings = {"T 0001", "T_0001", "T/0001", "工号0001", "T-0001。"})
        void onlyLettersDigitsAndHyphensMakeAStaffNumber(String typed) {
            assertThat(errorsOfRowThree(member(typed))).containsExactly(
                    error(FacultyRosterColumn.STAFF_NUMBER, "A", "staffNumber", typed));
        }

        @Test
        void aStaffNumberTwiceInTheFileIsReportedAtBothRowsInAnyCase() {
            FacultyRosterReader.Result result = read(withTemplateHeader()
                    .row(2, member("T-0001"))
                    .row(3, member("T-0002"))
                    .row(5, member("t-0001")));

            assertThat(result.errors()).containsExactly(
                    new SheetError(2, FacultyRosterColumn.STAFF_NUMBER, "A", "faculty.import.error.staffNumberTwice",
                            List.of("T-0001", "5")),
                    new SheetError(5, FacultyRosterColumn.STAFF_NUMBER, "A", "faculty.import.error.staffNumberTwice",
                            List.of("t-0001", "2")));
        }
    }

    @Nested
    class Choices {

        @ParameterizedTest
        @ValueSource(strings = {"Prof.", "正教授", "Full professor"})
        void aTitleThatIsNotOneOfTheChoicesIsAnErrorAtItsCell(String typed) {
            assertThat(errorsOfRowThree(member("T-0002", FacultyRosterColumn.TITLE, typed))).containsExactly(
                    error(FacultyRosterColumn.TITLE, "E", "choice", typed));
        }

        @Test
        void aTitleIsTakenByEitherHalfOfItsLabelOrItsCode() {
            FacultyRosterReader.Result result = read(withTemplateHeader()
                    .row(2, member("T-0001", FacultyRosterColumn.TITLE, "教授"))
                    .row(3, member("T-0002", FacultyRosterColumn.TITLE, "associate researcher"))
                    .row(4, member("T-0003", FacultyRosterColumn.TITLE, "ASSISTANT_LECTURER"))
                    .row(5, member("T-0004", FacultyRosterColumn.TITLE, "其他 / Other")));

            assertThat(result.errors()).isEmpty();
            assertThat(result.rows()).extracting(FacultyRosterRow::title).containsExactly(AcademicTitle.PROFESSOR,
                    AcademicTitle.ASSOCIATE_RESEARCHER, AcademicTitle.ASSISTANT_LECTURER, AcademicTitle.OTHER);
        }

        @Test
        void anUnknownDegreeIsAnErrorAtItsCell() {
            assertThat(errorsOfRowThree(member("T-0002", FacultyRosterColumn.DEGREE_LEVEL, "PhD"))).containsExactly(
                    error(FacultyRosterColumn.DEGREE_LEVEL, "H", "choice", "PhD"));
        }
    }

    @Nested
    class EmailAddresses {

        @ParameterizedTest
        @ValueSource(strings = {"wangfang", "wang fang@example.edu.cn", "wangfang@localhost", "wang@fang@example.cn",
                "wangfang@example.", "wangfang＠example.edu.cn"})
        void whatDoesNotLookLikeAnAddressIsRefused(String typed) {
            assertThat(errorsOfRowThree(member("T-0002", FacultyRosterColumn.EMAIL, typed))).containsExactly(
                    error(FacultyRosterColumn.EMAIL, "G", "email", typed));
        }

        @Test
        void anAddressWithSubdomainsAndPlusIsTaken() {
            assertThat(errorsOfRowThree(member("T-0002", FacultyRosterColumn.EMAIL,
                    "wang.fang+intl@mail.example.edu.cn"))).isEmpty();
        }
    }

    @Nested
    class Degrees {

        @ParameterizedTest
        @ValueSource(strings = {"UK", "GBR", "England", "中国", "G"})
        void aCountryThatIsNotAnIsoCodeIsRefused(String typed) {
            assertThat(errorsOfRowThree(member("T-0002", FacultyRosterColumn.DEGREE_COUNTRY, typed)))
                    .containsExactly(error(FacultyRosterColumn.DEGREE_COUNTRY, "K", "country", typed));
        }

        @Test
        void aCountryIsTakenInAnyCaseAndKeptInCapitals() {
            FacultyRosterReader.Result result = read(withTemplateHeader()
                    .row(2, member("T-0001", FacultyRosterColumn.DEGREE_COUNTRY, "us"))
                    .row(3, member("T-0002", FacultyRosterColumn.DEGREE_COUNTRY, " Cn ")));

            assertThat(result.errors()).isEmpty();
            assertThat(result.rows()).extracting(row -> row.degree().country()).containsExactly("US", "CN");
        }

        @Test
        void aDegreeWithOnlyItsInstitutionNeedsItsLevelCountryAndBothDates() {
            Map<FacultyRosterColumn, Object> member = withoutDegree("T-0002");
            member.put(FacultyRosterColumn.DEGREE_INSTITUTION, "Peking University");

            assertThat(errorsOfRowThree(member)).containsExactly(
                    error(FacultyRosterColumn.DEGREE_LEVEL, "H", "degreeRequired"),
                    error(FacultyRosterColumn.DEGREE_COUNTRY, "K", "degreeRequired"),
                    error(FacultyRosterColumn.DEGREE_FROM, "L", "degreeRequired"),
                    error(FacultyRosterColumn.DEGREE_TO, "M", "degreeRequired"));
        }

        @Test
        void aFieldOfStudyAloneIsADegreeToo() {
            Map<FacultyRosterColumn, Object> member = withoutDegree("T-0002");
            member.put(FacultyRosterColumn.DEGREE_FIELD, "Linguistics");

            assertThat(errorsOfRowThree(member)).extracting(SheetError::columnLetter)
                    .containsExactly("H", "J", "K", "L", "M");
        }

        @Test
        void theFieldOfStudyIsTheDegreesOnlyOptionalCell() {
            FacultyRosterReader.Result result = read(withTemplateHeader()
                    .row(2, member("T-0001", FacultyRosterColumn.DEGREE_FIELD, null)));

            assertThat(result.errors()).isEmpty();
            assertThat(result.rows().get(0).degree().field()).isNull();
        }

        @Test
        void aRowWithoutADegreeHasNone() {
            FacultyRosterReader.Result result = read(withTemplateHeader().row(2, withoutDegree("T-0001")));

            assertThat(result.errors()).isEmpty();
            assertThat(result.rows().get(0).degree()).isNull();
        }

        @Test
        void aDateTheReaderCannotTakeIsThatErrorNotAMissingOne() {
            assertThat(errorsOfRowThree(member("T-0002", FacultyRosterColumn.DEGREE_TO, "June 2014")))
                    .containsExactly(error(FacultyRosterColumn.DEGREE_TO, "M", "date", "June 2014"));
        }

        @Test
        void studyBeginningAfterTheDegreeWasConferredIsAnErrorAtTheFirstDate() {
            assertThat(errorsOfRowThree(member("T-0002", FacultyRosterColumn.DEGREE_FROM, LocalDate.of(2014, 7, 1))))
                    .containsExactly(error(FacultyRosterColumn.DEGREE_FROM, "L", "degreeDates", "2014-06-30"));
            assertThat(errorsOfRowThree(member("T-0002", FacultyRosterColumn.DEGREE_FROM, "2014-06-30"))).isEmpty();
        }
    }

    @Nested
    class TheFileAsAWhole {

        @Test
        void somethingThatIsNotAnXlsxIsOneClearError() {
            FacultyRosterReader.Result result = read("工号,姓名\nT-0001,王芳\n".getBytes(StandardCharsets.UTF_8));

            assertThat(result.rows()).isEmpty();
            assertThat(result.errors()).containsExactly(SheetError.ofFile("faculty.import.error.notXlsx"));
        }

        @Test
        void aWorkbookWithoutTheTemplatesTitlesIsOneClearError() {
            FacultyRosterReader.Result result = read(SheetFiles.withHeader(FacultyRosterColumn.class, "Name",
                    "Department", "Rank").row(2, Map.of(FacultyRosterColumn.STAFF_NUMBER, "Wang Fang")));

            assertThat(result.errors()).containsExactly(new SheetError(1, null, null,
                    "faculty.import.error.notTemplate", List.of()));
        }

        @Test
        void aDamagedArchiveIsNotAnXlsx() {
            assertThat(read(new byte[] {'P', 'K', 3, 4, 0, 0}).errors())
                    .containsExactly(SheetError.ofFile("faculty.import.error.notXlsx"));
        }

        @Test
        void anOldXlsIsToldApart() {
            byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

            assertThat(read(ole2).errors()).containsExactly(SheetError.ofFile("faculty.import.error.oldExcel"));
        }

        @Test
        void aRosterWithoutFacultyMembersSaysSo() {
            assertThat(read(withTemplateHeader()).errors())
                    .containsExactly(SheetError.ofFile("faculty.import.error.noRows"));
        }

        @Test
        void blankRowsAreSkippedAndTheOthersKeepTheirExcelRowNumbers() {
            SheetFiles<FacultyRosterColumn> file = withTemplateHeader()
                    .row(2, member("T-0001"))
                    .row(5, member("T-0002"));
            file.sheet().createRow(2).createCell(4).setCellValue("  ");

            assertThat(read(file).rows()).extracting(FacultyRosterRow::row).containsExactly(2, 5);
        }

        @Test
        void upToTwoThousandRowsAreReadOneMoreIsOneErrorAskingToSplitTheFile() {
            SheetFiles<FacultyRosterColumn> file = withTemplateHeader();
            for (int i = 0; i < FacultyRosterReader.MAX_ROWS; i++) {
                file.row(i + 2, withoutDegree("T-" + i));
            }
            assertThat(read(file).rows()).hasSize(2000);

            file.row(FacultyRosterReader.MAX_ROWS + 2, withoutDegree("T-LAST"));
            FacultyRosterReader.Result result = read(file);

            assertThat(result.rows()).isEmpty();
            assertThat(result.errors()).containsExactly(SheetError.ofFile("faculty.import.error.tooManyRows",
                    "2000"));
        }
    }

    @Nested
    class TheTemplate {

        @Test
        void filledInWithItsOwnChoicesItReadsBackWithoutErrors() {
            byte[] template = FacultyRosterTemplate.workbook(List.of("FL", "CS"));
            Map<FacultyRosterColumn, Object> professor = member("T-0002", FacultyRosterColumn.SCHOOL_CODE, "CS");
            professor.put(FacultyRosterColumn.TITLE, FacultyRosterColumn.TEXTS.choice(AcademicTitle.PROFESSOR));
            professor.put(FacultyRosterColumn.DEGREE_LEVEL, FacultyRosterColumn.TEXTS.choice(DegreeLevel.MASTER));
            professor.put(FacultyRosterColumn.CHINESE_NAME, "欧阳娜娜");

            FacultyRosterReader.Result result = read(SheetFiles.of(FacultyRosterColumn.class, template)
                    .row(2, member("T-0001"))
                    .row(3, professor)
                    .row(4, withoutDegree("T-0003")).bytes());

            assertThat(result.errors()).isEmpty();
            assertThat(result.rows()).extracting(FacultyRosterRow::row, FacultyRosterRow::schoolCode,
                    FacultyRosterRow::chineseName, FacultyRosterRow::title, row -> row.degree() == null ? null
                            : row.degree().level()).containsExactly(
                    tuple(2, "FL", "王芳", AcademicTitle.ASSOCIATE_PROFESSOR, DegreeLevel.DOCTORATE),
                    tuple(3, "CS", "欧阳娜娜", AcademicTitle.PROFESSOR, DegreeLevel.MASTER),
                    tuple(4, "FL", "王芳", AcademicTitle.ASSOCIATE_PROFESSOR, null));
        }

        @Test
        void asDownloadedItHasNoFacultyMembersYet() {
            assertThat(read(FacultyRosterTemplate.workbook(List.of("FL"))).errors())
                    .containsExactly(SheetError.ofFile("faculty.import.error.noRows"));
        }

        @Test
        void theRosterIsFoundByItsSheetNameEvenWhenTheInstructionsComeFirst() throws IOException {
            byte[] filled = SheetFiles.of(FacultyRosterColumn.class, FacultyRosterTemplate.workbook(List.of("FL")))
                    .row(2, member("T-0001")).bytes();
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(filled));
                    ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                workbook.setSheetOrder(FacultyRosterTemplate.rosterSheetName(), 1);
                workbook.write(out);

                assertThat(read(out.toByteArray()).rows()).extracting(FacultyRosterRow::staffNumber)
                        .containsExactly("T-0001");
            }
        }
    }
}
