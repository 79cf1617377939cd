package org.globaloffice.foreignteacher.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.globaloffice.foreignteacher.control.RosterFiles.teacher;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.globaloffice.foreignteacher.entity.ForeignExpert;
import org.globaloffice.organization.entity.School;
import org.globaloffice.platform.sheet.SheetError;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The checks a roster passes after it reads: the caller's schools, the entity's constraints (worded in the user's
 * language), the passport format and the passports on file; and all or nothing.
 */
class RosterCheckTest {

    private static final ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();
    private static final PassportProtection PASSPORTS = new PassportProtection(new byte[32]);
    private static final List<School> BOTH = List.of(new School("FL", "外国语学院", "School of Foreign Languages"),
            new School("CS", "计算机学院", "School of Computer Science"));

    @AfterAll
    static void close() {
        VALIDATION.close();
    }

    private static RosterCheck.Outcome check(RosterFiles file, List<School> inScope, Predicate<String> onFile,
            Locale language) {
        RosterReader.Result read = new RosterReader().read(file.stream());
        return new RosterCheck(inScope, onFile, PASSPORTS, RosterCheck.validatorIn(VALIDATION, language)).check(read);
    }

    private static RosterCheck.Outcome check(RosterFiles file) {
        return check(file, BOTH, number -> false, Locale.ENGLISH);
    }

    @Test
    void aRosterThatPassesGivesEveryTeacherReadyToSaveInTheirSchoolAndStage() {
        RosterCheck.Outcome outcome = check(RosterFiles.withTemplateHeader()
                .row(2, teacher("E12345678"))
                .row(3, teacher("G7654321", RosterColumn.SCHOOL_CODE, "cs")));

        assertThat(outcome.passed()).isTrue();
        assertThat(outcome.ready()).extracting(RosterCheck.Ready::row, r -> r.expert().getSchool().getCode(),
                r -> r.expert().getStage(), r -> r.expert().getMaskedPassport(), RosterCheck.Ready::passportNumber)
                .containsExactly(tuple(2, "FL", RecruitmentStage.ON_BOARD, "••••5678", "E12345678"),
                        tuple(3, "CS", RecruitmentStage.ON_BOARD, "••••4321", "G7654321"));
        ForeignExpert jane = outcome.ready().get(0).expert();
        assertThat(jane.getNationality()).isEqualTo("GB");
        assertThat(jane.getIntendedCategory()).isEqualTo(PermitCategory.B_LANGUAGE_TEACHER);
        assertThat(jane.getTeflHours()).isEqualTo(120);
        assertThat(jane.isEducationOrLanguageDegree()).isTrue();
        assertThat(outcome.ready().get(0).toString()).doesNotContain("12345678");
    }

    @Test
    void eachTeacherArrivesAtTheirStageAlongThePipeline() {
        RosterCheck.Outcome outcome = check(RosterFiles.withTemplateHeader()
                .row(2, teacher("E10000001", RosterColumn.STAGE, "CANDIDATE"))
                .row(3, teacher("E10000002", RosterColumn.STAGE, "RENEWED"))
                .row(4, teacher("E10000003", RosterColumn.STAGE, "LEFT")));

        assertThat(outcome.ready()).extracting(r -> r.expert().getStage()).containsExactly(
                RecruitmentStage.CANDIDATE, RecruitmentStage.RENEWED, RecruitmentStage.LEFT);
    }

    @Test
    void aSchoolOutsideTheCallersScopeIsARowErrorLikeAnUnknownOne() {
        List<School> liaisonOfFl = List.of(BOTH.get(0));

        RosterCheck.Outcome outcome = check(RosterFiles.withTemplateHeader()
                .row(2, teacher("E12345678"))
                .row(3, teacher("E22222222", RosterColumn.SCHOOL_CODE, "CS"))
                .row(4, teacher("E33333333", RosterColumn.SCHOOL_CODE, "XX")), liaisonOfFl, n -> false,
                Locale.ENGLISH);

        assertThat(outcome.ready()).isEmpty();
        assertThat(outcome.errors()).containsExactly(
                new SheetError(3, RosterColumn.SCHOOL_CODE, "A", "roster.error.school", List.of("CS")),
                new SheetError(4, RosterColumn.SCHOOL_CODE, "A", "roster.error.school", List.of("XX")));
    }

    @Test
    void theEntitysConstraintsAreReportedAtTheirColumnInTheUsersLanguage() {
        RosterFiles file = RosterFiles.withTemplateHeader()
                .row(2, teacher("E12345678", RosterColumn.NATIONALITY, "China"))
                .row(3, teacher("E22222222", RosterColumn.BIRTH_DATE, LocalDate.now().plusDays(3)))
                .row(4, teacher("E33333333", RosterColumn.EXPERIENCE_YEARS, 80));

        assertThat(check(file).errors()).containsExactly(
                new SheetError(2, RosterColumn.NATIONALITY, "D", "roster.error.invalid",
                        List.of("Use the two-letter ISO 3166 code, e.g. GB.")),
                new SheetError(3, RosterColumn.BIRTH_DATE, "E", "roster.error.invalid",
                        List.of("The date of birth lies in the past.")),
                new SheetError(4, RosterColumn.EXPERIENCE_YEARS, "I", "roster.error.invalid",
                        List.of("At most 70.")));
        assertThat(check(file, BOTH, n -> false, Locale.SIMPLIFIED_CHINESE).errors().get(0).arguments())
                .containsExactly("请使用 ISO 3166 两位字母代码，例如 GB。");
    }

    @Test
    void aCellTheReaderRefusedIsNotJudgedAgain() {
        RosterCheck.Outcome outcome = check(RosterFiles.withTemplateHeader()
                .row(2, teacher("E12345678", RosterColumn.BIRTH_DATE, "unknown"))
                .row(3, teacher("E22222222", RosterColumn.SCHOOL_CODE, null)));

        assertThat(outcome.errors()).extracting(SheetError::row, SheetError::column, SheetError::messageKey)
                .containsExactly(tuple(2, RosterColumn.BIRTH_DATE, "roster.error.date"),
                        tuple(3, RosterColumn.SCHOOL_CODE, "roster.error.required"));
    }

    @Test
    void aMalformedPassportIsRefusedByTheEntitysOwnRuleWithoutShowingIt() {
        RosterCheck.Outcome outcome = check(RosterFiles.withTemplateHeader()
                .row(2, teacher("E12"))
                .row(3, teacher("E1234567890123456789012"))
                .row(4, teacher("E1234/5678")));

        assertThat(outcome.errors()).extracting(SheetError::row, SheetError::column, SheetError::columnLetter,
                SheetError::messageKey, SheetError::arguments).containsExactly(
                tuple(2, RosterColumn.PASSPORT, "F", "expert.passport.invalid", List.of()),
                tuple(3, RosterColumn.PASSPORT, "F", "expert.passport.invalid", List.of()),
                tuple(4, RosterColumn.PASSPORT, "F", "expert.passport.invalid", List.of()));
    }

    @Test
    void aPassportAlreadyOnFileIsARowErrorWithTheNumberMasked() {
        Set<String> onFile = Set.of("E22222222");

        RosterCheck.Outcome outcome = check(RosterFiles.withTemplateHeader()
                .row(2, teacher("E12345678"))
                .row(3, teacher("e-2222 2222")), BOTH, onFile::contains, Locale.ENGLISH);

        assertThat(outcome.ready()).isEmpty();
        assertThat(outcome.errors()).containsExactly(new SheetError(3, RosterColumn.PASSPORT, "F",
                "roster.error.passportOnFile", List.of("••••2222")));
    }

    @Test
    void oneBadRowAmongManyLeavesNoTeacherReady() {
        RosterFiles file = RosterFiles.withTemplateHeader();
        for (int row = 2; row <= 50; row++) {
            file.row(row, teacher("E" + (10_000_000 + row)));
        }
        file.row(51, teacher("E99999999", RosterColumn.NATIONALITY, "GBR"));

        RosterCheck.Outcome outcome = check(file);

        assertThat(outcome.ready()).isEmpty();
        assertThat(outcome.errors()).extracting(SheetError::row).containsExactly(51);
    }

    @Test
    void theFilesOwnErrorsPassThrough() {
        RosterCheck.Outcome outcome = check(RosterFiles.withHeader("Name"));

        assertThat(outcome.errors()).extracting(SheetError::messageKey).containsExactly("roster.error.notTemplate");
    }
}
