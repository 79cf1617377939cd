package org.globaloffice.foreignteacher.control;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The semester coverage check of seed 004: the university must ensure that foreign teachers teach in key
 * disciplines, in Sino-foreign cooperative programs and in international-student teaching every semester. Per
 * school, it counts the distinct foreign teachers doing each, against minimums that are settings, and shows the
 * shortfall of each. A school with no teaching at all is listed with zero everywhere.
 */
public final class CoverageCheck {

    /** One teaching assignment of a semester, as the check reads it. */
    public record Assignment(long teacherId, long schoolId, boolean keyDiscipline, boolean cooperativeProgram,
            boolean internationalStudents) {
    }

    public record Minimums(int keyDisciplines, int cooperativePrograms, int internationalStudents) {
    }

    public record SchoolCoverage(long schoolId, long keyDisciplineTeachers, long programTeachers,
            long internationalStudentTeachers, Minimums minimums) {

        public long keyDisciplineShortfall() {
            return Math.max(0, minimums.keyDisciplines() - keyDisciplineTeachers);
        }

        public long programShortfall() {
            return Math.max(0, minimums.cooperativePrograms() - programTeachers);
        }

        public long internationalStudentShortfall() {
            return Math.max(0, minimums.internationalStudents() - internationalStudentTeachers);
        }

        public boolean isCovered() {
            return keyDisciplineShortfall() == 0 && programShortfall() == 0 && internationalStudentShortfall() == 0;
        }
    }

    private CoverageCheck() {
    }

    public static Map<Long, SchoolCoverage> of(Collection<Long> schoolIds, Collection<Assignment> assignments,
            Minimums minimums) {
        Map<Long, SchoolCoverage> coverage = new LinkedHashMap<>();
        for (long school : schoolIds) {
            coverage.put(school, new SchoolCoverage(school,
                    teachers(assignments, school, Assignment::keyDiscipline),
                    teachers(assignments, school, Assignment::cooperativeProgram),
                    teachers(assignments, school, Assignment::internationalStudents),
                    minimums));
        }
        return coverage;
    }

    private static long teachers(Collection<Assignment> assignments, long school, Predicate<Assignment> kind) {
        return assignments.stream().filter(a -> a.schoolId() == school).filter(kind)
                .mapToLong(Assignment::teacherId).distinct().count();
    }
}
