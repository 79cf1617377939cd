package org.globaloffice.foreignteacher.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.globaloffice.foreignteacher.control.CoverageCheck.Assignment;
import org.globaloffice.foreignteacher.control.CoverageCheck.Minimums;
import org.junit.jupiter.api.Test;

class CoverageCheckTest {

    private final Minimums oneEach = new Minimums(1, 1, 1);

    @Test
    void countsDistinctTeachersNotCourses() {
        var coverage = CoverageCheck.of(List.of(1L), List.of(
                new Assignment(10, 1, true, false, false),
                new Assignment(10, 1, true, false, false),
                new Assignment(11, 1, false, true, true)), new Minimums(2, 1, 1));

        var school = coverage.get(1L);
        assertThat(school.keyDisciplineTeachers()).isEqualTo(1);
        assertThat(school.keyDisciplineShortfall()).isEqualTo(1);
        assertThat(school.programShortfall()).isZero();
        assertThat(school.isCovered()).isFalse();
    }

    @Test
    void aSchoolWithoutTeachingFallsShortEverywhere() {
        var coverage = CoverageCheck.of(List.of(1L, 2L), List.of(new Assignment(10, 1, true, true, true)), oneEach);

        assertThat(coverage.get(1L).isCovered()).isTrue();
        assertThat(coverage.get(2L).isCovered()).isFalse();
        assertThat(coverage.get(2L).internationalStudentShortfall()).isEqualTo(1);
    }

    @Test
    void teachingInAnotherSchoolDoesNotCount() {
        var coverage = CoverageCheck.of(List.of(2L), List.of(new Assignment(10, 1, true, true, true)), oneEach);

        assertThat(coverage.get(2L).keyDisciplineTeachers()).isZero();
    }
}
