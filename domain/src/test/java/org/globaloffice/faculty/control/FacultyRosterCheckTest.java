package org.globaloffice.faculty.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.globaloffice.faculty.control.FacultyRosterFiles.member;
import static org.globaloffice.faculty.control.FacultyRosterFiles.withTemplateHeader;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.globaloffice.organization.entity.School;
import org.globaloffice.platform.sheet.SheetError;
import org.globaloffice.platform.sheet.SheetFiles;
import org.junit.jupiter.api.Test;

/**
 * The checks a faculty roster passes after it reads: the caller's schools, the staff numbers on file and degrees not
 * conferred in the future; and all or nothing.
 */
class FacultyRosterCheckTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final School FL = new School("FL", "外国语学院", "School of Foreign Languages");
    private static final School CS = new School("CS", "计算机学院", "School of Computer Science");
    private static final Map<String, School> BOTH = Map.of("FL", FL, "CS", CS);

    private static FacultyRosterCheck.Outcome check(SheetFiles<FacultyRosterColumn> file, Map<String, School> inScope,
            Set<String> onFile) {
        FacultyRosterReader.Result read = new FacultyRosterReader().read(file.stream());
        return new FacultyRosterCheck(inScope, onFile, TODAY).check(read);
    }

    private static FacultyRosterCheck.Outcome check(SheetFiles<FacultyRosterColumn> file) {
        return check(file, BOTH, Set.of());
    }

    @Test
    void aRosterThatPassesGivesEveryRowReadyWithItsSchoolInAnyCase() {
        FacultyRosterCheck.Outcome outcome = check(withTemplateHeader()
                .row(2, member("T-0001"))
                .row(3, member("T-0002", FacultyRosterColumn.SCHOOL_CODE, "cs")));

        assertThat(outcome.passed()).isTrue();
        assertThat(outcome.ready()).extracting(r -> r.row().staffNumber(), FacultyRosterCheck.Ready::school)
                .containsExactly(tuple("T-0001", FL), tuple("T-0002", CS));
    }

    @Test
    void anUnknownSchoolAndOneOutsideTheCallersScopeAreTheSameRowError() {
        FacultyRosterCheck.Outcome outcome = check(withTemplateHeader()
                .row(2, member("T-0001"))
                .row(3, member("T-0002", FacultyRosterColumn.SCHOOL_CODE, "CS"))
                .row(4, member("T-0003", FacultyRosterColumn.SCHOOL_CODE, "XX")), Map.of("FL", FL), Set.of());

        assertThat(outcome.ready()).isEmpty();
        assertThat(outcome.errors()).containsExactly(
                new SheetError(3, FacultyRosterColumn.SCHOOL_CODE, "B", "faculty.import.error.school", List.of("CS")),
                new SheetError(4, FacultyRosterColumn.SCHOOL_CODE, "B", "faculty.import.error.school", List.of("XX")));
    }

    @Test
    void aStaffNumberAlreadyOnFileIsRefusedWhateverItsCase() {
        FacultyRosterCheck.Outcome outcome = check(withTemplateHeader()
                .row(2, member("T-0001"))
                .row(3, member("t-0042")), BOTH, Set.of("T-0042"));

        assertThat(outcome.ready()).isEmpty();
        assertThat(outcome.errors()).containsExactly(new SheetError(3, FacultyRosterColumn.STAFF_NUMBER, "A",
                "faculty.import.error.staffNumberOnFile", List.of("t-0042")));
    }

    @Test
    void aDegreeMayHaveBeenConferredTodayButNotTomorrow() {
        FacultyRosterCheck.Outcome today = check(withTemplateHeader()
                .row(2, member("T-0001", FacultyRosterColumn.DEGREE_TO, TODAY)));
        FacultyRosterCheck.Outcome tomorrow = check(withTemplateHeader()
                .row(2, member("T-0001", FacultyRosterColumn.DEGREE_TO, TODAY.plusDays(1))));

        assertThat(today.passed()).isTrue();
        assertThat(tomorrow.errors()).containsExactly(new SheetError(2, FacultyRosterColumn.DEGREE_TO, "M",
                "faculty.import.error.conferredInFuture", List.of("2026-11-25")));
    }

    @Test
    void aCellTheReaderRefusedIsNotJudgedAgain() {
        FacultyRosterCheck.Outcome outcome = check(withTemplateHeader()
                .row(2, member("T-0042"))
                .row(3, member("T-0042", FacultyRosterColumn.SCHOOL_CODE, "ABCDEFGHIJKLMNOPQ")), BOTH,
                Set.of("T-0042"));

        assertThat(outcome.errors()).extracting(SheetError::row, SheetError::columnLetter, SheetError::messageKey)
                .containsExactly(tuple(2, "A", "faculty.import.error.staffNumberTwice"),
                        tuple(3, "A", "faculty.import.error.staffNumberTwice"),
                        tuple(3, "B", "faculty.import.error.tooLong"));
    }

    @Test
    void oneBadRowAmongManyLeavesNoRowReady() {
        SheetFiles<FacultyRosterColumn> file = withTemplateHeader();
        for (int row = 2; row <= 50; row++) {
            file.row(row, member("T-" + row));
        }
        file.row(51, member("T-51", FacultyRosterColumn.SCHOOL_CODE, "XX"));

        FacultyRosterCheck.Outcome outcome = check(file);

        assertThat(outcome.ready()).isEmpty();
        assertThat(outcome.errors()).extracting(SheetError::row).containsExactly(51);
    }

    @Test
    void theFilesOwnErrorsPassThrough() {
        FacultyRosterCheck.Outcome outcome = check(SheetFiles.withHeader(FacultyRosterColumn.class, "Name"));

        assertThat(outcome.errors()).extracting(SheetError::messageKey)
                .containsExactly("faculty.import.error.notTemplate");
    }
}
