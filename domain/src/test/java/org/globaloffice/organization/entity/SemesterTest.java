package org.globaloffice.organization.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class SemesterTest {

    @ParameterizedTest(name = "{0} is in {1}")
    @CsvSource({
        "2026-08-31, 2025-2", // last day of the academic year 2025
        "2026-09-01, 2026-1", // first day of the autumn term
        "2026-12-31, 2026-1",
        "2027-01-01, 2026-1", // January belongs to the autumn term of the year before
        "2027-01-31, 2026-1", // last day of the autumn term
        "2027-02-01, 2026-2", // first day of the spring term
        "2028-02-29, 2027-2",
        "2027-08-31, 2026-2"
    })
    void theSemesterADayFallsIn(LocalDate day, String semester) {
        assertThat(Semester.containing(day)).hasToString(semester).isEqualTo(Semester.parse(semester));
    }

    @Test
    void parsesYearAndTerm() {
        Semester semester = Semester.parse("2026-2");

        assertThat(semester.getAcademicYear()).isEqualTo(2026);
        assertThat(semester.getTerm()).isEqualTo(2);
        assertThat(Semester.parse("  2026-1 ")).isEqualTo(new Semester(2026, 1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2000-1", "2026-1", "2026-2", "2100-2"})
    void toStringAndParseRoundTrip(String text) {
        assertThat(Semester.parse(text)).hasToString(text);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  ", "2026", "2026-", "2026-0", "2026-3", "2026-12", "26-1", "20261", "2026/1",
        "2026 - 1", "2026-1-1", "x2026-1", "２０２６-1", "-2026-1"})
    void anythingElseParsesToNull(String text) {
        assertThat(Semester.parse(text)).isNull();
    }

    @Test
    void aSemesterPrintsAsItParses() {
        Semester semester = new Semester(2031, 2);

        assertThat(semester).hasToString("2031-2");
        assertThat(Semester.parse(semester.toString())).isEqualTo(semester);
    }

    @Test
    void theTermBeforeAutumnIsTheSpringOfThePreviousAcademicYear() {
        assertThat(new Semester(2026, 1).previous()).isEqualTo(new Semester(2025, 2));
        assertThat(new Semester(2026, 2).previous()).isEqualTo(new Semester(2026, 1));
    }

    @Test
    void previousOfTheSemesterContainingADayIsTheOneContainingADayBeforeItsStart() {
        assertThat(Semester.containing(LocalDate.of(2026, 9, 1)).previous())
                .isEqualTo(Semester.containing(LocalDate.of(2026, 8, 31)));
        assertThat(Semester.containing(LocalDate.of(2027, 2, 1)).previous())
                .isEqualTo(Semester.containing(LocalDate.of(2027, 1, 31)));
    }

    @Test
    void orderedByYearThenTerm() {
        List<Semester> semesters = new ArrayList<>(List.of(new Semester(2026, 2), new Semester(2025, 2),
                new Semester(2026, 1), new Semester(2025, 1)));
        Collections.shuffle(semesters, new Random(7));
        Collections.sort(semesters);

        assertThat(semesters).containsExactly(new Semester(2025, 1), new Semester(2025, 2), new Semester(2026, 1),
                new Semester(2026, 2));
        assertThat(new Semester(2025, 2)).isLessThan(new Semester(2026, 1));
        assertThat(new Semester(2026, 1)).isEqualByComparingTo(new Semester(2026, 1));
    }

    @Test
    void equalSemestersHaveEqualHashCodes() {
        assertThat(new Semester(2026, 1)).isEqualTo(new Semester(2026, 1)).hasSameHashCodeAs(new Semester(2026, 1))
                .isNotEqualTo(new Semester(2026, 2)).isNotEqualTo(new Semester(2025, 1));
    }
}
