package org.globaloffice.cooperation.control;

import java.util.Collection;
import java.util.List;
import org.globaloffice.cooperation.entity.ComplianceRecord;
import org.globaloffice.cooperation.entity.CourseTeacher;
import org.globaloffice.cooperation.entity.CurriculumCourse;
import org.globaloffice.cooperation.entity.TeacherSide;

/** Puts a curriculum as stored into the terms of {@link FourThirdsCheck}, and its result into a kept record. */
public final class CurriculumFigures {

    private CurriculumFigures() {
    }

    public static FourThirdsCheck.Result check(Collection<CurriculumCourse> courses) {
        return FourThirdsCheck.of(courses.stream().map(CurriculumFigures::course).toList());
    }

    public static FourThirdsCheck.Course course(CurriculumCourse course) {
        // a teacher row still being filled in (no hours yet) teaches nothing
        List<FourThirdsCheck.Teaching> teaching = course.getTeachers().stream().filter(t -> t.getHours() > 0)
                .map(CurriculumFigures::teaching).toList();
        return new FourThirdsCheck.Course(course.getCode(), course.isCore(), course.isIntroduced(),
                course.getTeachingHours(), teaching);
    }

    private static FourThirdsCheck.Teaching teaching(CourseTeacher teacher) {
        return new FourThirdsCheck.Teaching(teacher.getSide() == TeacherSide.PARTNER
                ? FourThirdsCheck.Side.PARTNER : FourThirdsCheck.Side.CHINESE, teacher.getHours());
    }

    public static ComplianceRecord.Figures figures(FourThirdsCheck.Result result) {
        Ratio introduced = result.share(FourThirdsCheck.Criterion.INTRODUCED_COURSES).ratio();
        Ratio introducedCore = result.share(FourThirdsCheck.Criterion.INTRODUCED_CORE_COURSES).ratio();
        Ratio borne = result.share(FourThirdsCheck.Criterion.CORE_COURSES_BORNE_BY_PARTNER).ratio();
        Ratio hours = result.share(FourThirdsCheck.Criterion.CORE_HOURS_TAUGHT_BY_PARTNER).ratio();
        return new ComplianceRecord.Figures(introduced.numerator(), introduced.denominator(),
                introducedCore.numerator(), introducedCore.denominator(), borne.numerator(), hours.numerator(),
                hours.denominator(), result.isCompliant());
    }
}
