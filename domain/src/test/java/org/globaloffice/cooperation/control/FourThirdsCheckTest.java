package org.globaloffice.cooperation.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.globaloffice.cooperation.control.FourThirdsCheck.Criterion.CORE_COURSES_BORNE_BY_PARTNER;
import static org.globaloffice.cooperation.control.FourThirdsCheck.Criterion.CORE_HOURS_TAUGHT_BY_PARTNER;
import static org.globaloffice.cooperation.control.FourThirdsCheck.Criterion.INTRODUCED_CORE_COURSES;
import static org.globaloffice.cooperation.control.FourThirdsCheck.Criterion.INTRODUCED_COURSES;

import java.util.ArrayList;
import java.util.List;
import org.globaloffice.cooperation.control.FourThirdsCheck.Basis;
import org.globaloffice.cooperation.control.FourThirdsCheck.Change;
import org.globaloffice.cooperation.control.FourThirdsCheck.Course;
import org.globaloffice.cooperation.control.FourThirdsCheck.Fix;
import org.globaloffice.cooperation.control.FourThirdsCheck.Result;
import org.globaloffice.cooperation.control.FourThirdsCheck.Share;
import org.globaloffice.cooperation.control.FourThirdsCheck.Side;
import org.globaloffice.cooperation.control.FourThirdsCheck.Status;
import org.globaloffice.cooperation.control.FourThirdsCheck.Teaching;
import org.globaloffice.cooperation.control.FourThirdsCheck.Unit;
import org.junit.jupiter.api.Test;

class FourThirdsCheckTest {

    private static Teaching partner(long hours) {
        return new Teaching(Side.PARTNER, hours);
    }

    private static Teaching chinese(long hours) {
        return new Teaching(Side.CHINESE, hours);
    }

    private static Course core(String code, boolean introduced, long hours, Teaching... teaching) {
        return new Course(code, true, introduced, hours, List.of(teaching));
    }

    private static Course other(String code, boolean introduced, long hours, Teaching... teaching) {
        return new Course(code, false, introduced, hours, List.of(teaching));
    }

    /**
     * Twelve courses of 48 hours. Core: C1–C6, of which C1 and C2 are introduced and taught wholly by the partner;
     * C3–C6 by Chinese-side teachers. Others: O1 and O2 introduced, O3–O6 not. So 4/12 introduced, 2/6 introduced
     * core, 2/6 core borne by the partner, 96/288 core hours by the partner: each exactly one third.
     */
    private static List<Course> exactlyOneThird() {
        List<Course> courses = new ArrayList<>();
        courses.add(core("C1", true, 48, partner(48)));
        courses.add(core("C2", true, 48, partner(48)));
        for (int i = 3; i <= 6; i++) {
            courses.add(core("C" + i, false, 48, chinese(48)));
        }
        courses.add(other("O1", true, 48, chinese(48)));
        courses.add(other("O2", true, 48, partner(48)));
        for (int i = 3; i <= 6; i++) {
            courses.add(other("O" + i, false, 48, chinese(48)));
        }
        return courses;
    }

    private static List<Course> replacing(List<Course> courses, Course... replacements) {
        List<Course> changed = new ArrayList<>(courses);
        for (Course replacement : replacements) {
            changed.replaceAll(c -> c.code().equals(replacement.code()) ? replacement : c);
        }
        return changed;
    }

    private static List<Course> adding(List<Course> courses, Course... added) {
        List<Course> changed = new ArrayList<>(courses);
        changed.addAll(List.of(added));
        return changed;
    }

    private static Fix fix(Change change, long amount, String... courses) {
        return new Fix(change, amount, List.of(courses));
    }

    @Test
    void exactlyOneThirdOfEachShareComplies() {
        Result result = FourThirdsCheck.of(exactlyOneThird());

        assertThat(result.isCompliant()).isTrue();
        assertThat(result.shares()).extracting(Share::criterion).containsExactly(INTRODUCED_COURSES,
                INTRODUCED_CORE_COURSES, CORE_COURSES_BORNE_BY_PARTNER, CORE_HOURS_TAUGHT_BY_PARTNER);
        assertThat(result.shares()).extracting(s -> s.ratio().toString()).containsExactly("4/12", "2/6", "2/6",
                "96/288");
        assertThat(result.shares()).allSatisfy(s -> {
            assertThat(s.status()).isEqualTo(Status.MET);
            assertThat(s.ratio().percentText()).isEqualTo("33.3%");
            assertThat(s.fixes()).isEmpty();
        });
    }

    @Test
    void oneIntroducedCourseShortFailsAndConvertingNeedsFewerThanAdding() {
        Result result = FourThirdsCheck.of(replacing(exactlyOneThird(), other("O1", false, 48, chinese(48))));

        Share introduced = result.share(INTRODUCED_COURSES);
        assertThat(result.isCompliant()).isFalse();
        assertThat(introduced.ratio()).hasToString("3/12");
        assertThat(introduced.ratio().percentText()).isEqualTo("25.0%");
        assertThat(introduced.status()).isEqualTo(Status.SHORT);
        // replacing 1 course gives 4/12; a new one gives only 4/13 (12 < 13), two give 5/14 (15 ≥ 14)
        assertThat(introduced.fixes()).containsExactly(fix(Change.INTRODUCE_EXISTING_COURSES, 1),
                fix(Change.ADD_INTRODUCED_COURSES, 2));
        assertThat(result.shares()).filteredOn(s -> s.criterion() != INTRODUCED_COURSES).allMatch(Share::met);
    }

    @Test
    void theIntroducedCoursesAdviceIsExactlyEnough() {
        var short1 = replacing(exactlyOneThird(), other("O1", false, 48, chinese(48)));
        var oneNew = adding(short1, other("N1", true, 48, partner(48)));
        var twoNew = adding(oneNew, other("N2", true, 48, partner(48)));

        assertThat(FourThirdsCheck.of(oneNew).share(INTRODUCED_COURSES).met()).isFalse();
        assertThat(FourThirdsCheck.of(twoNew).share(INTRODUCED_COURSES).met()).isTrue();
        assertThat(FourThirdsCheck.of(replacing(short1, other("O3", true, 48, chinese(48)))).isCompliant()).isTrue();
    }

    @Test
    void introducedCoreCoursesShortByOne() {
        Result result = FourThirdsCheck.of(replacing(exactlyOneThird(), core("C2", false, 48, partner(48))));

        Share introducedCore = result.share(INTRODUCED_CORE_COURSES);
        assertThat(introducedCore.ratio()).hasToString("1/6");
        assertThat(introducedCore.ratio().percentText()).isEqualTo("16.7%");
        // 2/6 by replacing one; by adding, 2/7 is short (6 < 7) and 3/8 is enough (9 ≥ 8)
        assertThat(introducedCore.fixes()).containsExactly(fix(Change.INTRODUCE_EXISTING_CORE_COURSES, 1),
                fix(Change.ADD_INTRODUCED_CORE_COURSES, 2));
        assertThat(introducedCore.fixes().get(0).change().messageKey())
                .isEqualTo("fourThirds.fix.introduceExistingCoreCourses");
        assertThat(introducedCore.fixes()).allMatch(f -> f.change().unit() == Unit.COURSES);
    }

    @Test
    void aCoreCourseIsThePartnersWhenTheyTeachAtLeastHalfItsHours() {
        assertThat(core("K", false, 48, partner(24), chinese(24)).borneByPartner()).as("24 of 48").isTrue();
        assertThat(core("K", false, 48, partner(23), chinese(25)).borneByPartner()).as("23 of 48").isFalse();
        assertThat(core("K", false, 45, partner(23), chinese(22)).borneByPartner()).as("23 of 45").isTrue();
        assertThat(core("K", false, 45, partner(22), chinese(23)).borneByPartner()).as("22 of 45").isFalse();
        assertThat(core("K", false, 48, partner(12), partner(12), chinese(24)).borneByPartner())
                .as("two partner teachers, 12 hours each").isTrue();
        assertThat(core("K", false, 48, partner(1), chinese(47)).borneByPartner()).as("one guest lecture")
                .isFalse();
        assertThat(core("K", false, 48, partner(20)).borneByPartner()).as("28 hours not assigned yet").isFalse();
        assertThat(core("K", false, 48, partner(20)).hoursToBeBorneByPartner()).isEqualTo(4);
        assertThat(FourThirdsCheck.PARTNER_SHARE_OF_A_BORNE_COURSE).isEqualTo(Ratio.of(1, 2));
    }

    /**
     * Seven core courses, one (A) borne by the partner: 1/7, so 2 more are needed. The hours each still needs:
     * B 4 (20 of 48), C 24, D 1 (15 of 32), E 32 (0 of 64), F 24 (40 Chinese, 8 unassigned), G 24.
     */
    private static List<Course> sevenCoreCourses() {
        return List.of(
                core("A", true, 48, partner(48)),
                core("B", true, 48, partner(20), chinese(28)),
                core("C", true, 48, chinese(48)),
                core("D", true, 32, partner(15), chinese(17)),
                core("E", true, 64, chinese(64)),
                core("F", false, 48, chinese(40)),
                core("G", false, 48, chinese(48)));
    }

    @Test
    void coreCoursesBorneByThePartnerAdviseTheNearestCoursesAndTheirHours() {
        Share borne = FourThirdsCheck.of(sevenCoreCourses()).share(CORE_COURSES_BORNE_BY_PARTNER);

        assertThat(borne.ratio()).hasToString("1/7");
        // handing over D (1 hour) and B (4 hours) gives 3/7; adding: 2/8 is short, 3/9 is exactly a third
        assertThat(borne.fixes()).containsExactly(fix(Change.HAND_CORE_COURSES_TO_PARTNER, 5, "D", "B"),
                fix(Change.ADD_CORE_COURSES_BORNE_BY_PARTNER, 2));
        assertThat(borne.fixes().get(0).change().unit()).isEqualTo(Unit.HOURS);
    }

    @Test
    void handingOverTheAdvisedHoursIsExactlyEnough() {
        var onlyD = replacing(sevenCoreCourses(), core("D", true, 32, partner(16), chinese(16)));
        var dAndB = replacing(onlyD, core("B", true, 48, partner(24), chinese(24)));

        assertThat(FourThirdsCheck.of(onlyD).share(CORE_COURSES_BORNE_BY_PARTNER).ratio()).hasToString("2/7");
        assertThat(FourThirdsCheck.of(onlyD).share(CORE_COURSES_BORNE_BY_PARTNER).met()).isFalse();
        assertThat(FourThirdsCheck.of(dAndB).share(CORE_COURSES_BORNE_BY_PARTNER).ratio()).hasToString("3/7");
        assertThat(FourThirdsCheck.of(dAndB).share(CORE_COURSES_BORNE_BY_PARTNER).met()).isTrue();
    }

    @Test
    void coursesNeedingEqualHoursAreAdvisedInTheOrderOfTheirCodes() {
        Share borne = FourThirdsCheck.of(List.of(core("Z", true, 48, chinese(48)), core("A", true, 48, chinese(48)),
                core("M", true, 48, chinese(48)))).share(CORE_COURSES_BORNE_BY_PARTNER);

        assertThat(borne.ratio()).hasToString("0/3");
        assertThat(borne.fixes()).containsExactly(fix(Change.HAND_CORE_COURSES_TO_PARTNER, 24, "A"),
                fix(Change.ADD_CORE_COURSES_BORNE_BY_PARTNER, 2));
    }

    @Test
    void coreHoursTaughtByThePartner() {
        Share hours = FourThirdsCheck.of(sevenCoreCourses()).share(CORE_HOURS_TAUGHT_BY_PARTNER);

        // 48 + 20 + 15 = 83 of 5·48 + 32 + 64 = 336; a third is 112; adding: 126/379 is short, 127/380 is not
        assertThat(hours.ratio()).hasToString("83/336");
        assertThat(hours.ratio().percentText()).isEqualTo("24.7%");
        assertThat(hours.fixes()).containsExactly(fix(Change.MOVE_CORE_HOURS_TO_PARTNER, 29),
                fix(Change.ADD_CORE_HOURS_TAUGHT_BY_PARTNER, 44));
        assertThat(hours.fixes()).allMatch(f -> f.change().unit() == Unit.HOURS);
    }

    @Test
    void coreHoursAtTheBoundary() {
        var exact = exactlyOneThird();
        // C3 gives the partner 1 hour: 97/288 met; C1 keeps 1 hour Chinese instead: 95/288 short by one hour
        var oneOver = replacing(exact, core("C3", false, 48, partner(1), chinese(47)));
        var oneShort = replacing(exact, core("C1", true, 48, partner(47), chinese(1)));

        assertThat(FourThirdsCheck.of(exact).share(CORE_HOURS_TAUGHT_BY_PARTNER).met()).isTrue();
        assertThat(FourThirdsCheck.of(oneOver).share(CORE_HOURS_TAUGHT_BY_PARTNER).met()).isTrue();
        Share hours = FourThirdsCheck.of(oneShort).share(CORE_HOURS_TAUGHT_BY_PARTNER);
        assertThat(hours.ratio()).hasToString("95/288");
        // adding: 96/289 is short (288 < 289), 97/290 is not (291 ≥ 290)
        assertThat(hours.fixes()).containsExactly(fix(Change.MOVE_CORE_HOURS_TO_PARTNER, 1),
                fix(Change.ADD_CORE_HOURS_TAUGHT_BY_PARTNER, 2));
        assertThat(FourThirdsCheck.of(oneShort).share(CORE_COURSES_BORNE_BY_PARTNER).met())
                .as("C1 is still the partner's with 47 of 48 hours").isTrue();
    }

    @Test
    void aProgramWithoutCoreCoursesDoesNotComply() {
        var noCore = List.of(other("X1", true, 48, partner(48)), other("X2", false, 48, chinese(48)),
                other("X3", false, 48, chinese(48)));

        Result result = FourThirdsCheck.of(noCore);

        assertThat(result.share(INTRODUCED_COURSES).met()).as("1/3").isTrue();
        assertThat(result.shares()).filteredOn(s -> s.criterion() != INTRODUCED_COURSES).allSatisfy(s -> {
            assertThat(s.status()).isEqualTo(Status.NOT_APPLICABLE);
            assertThat(s.ratio().isDefined()).isFalse();
            assertThat(s.fixes()).as("no advice to declare a course core").isEmpty();
        });
        assertThat(result.isCompliant()).isFalse();
    }

    @Test
    void aProgramWithoutCoursesDoesNotComply() {
        Result result = FourThirdsCheck.of(List.of());

        assertThat(result.shares()).hasSize(4).allSatisfy(s -> {
            assertThat(s.status()).isEqualTo(Status.NOT_APPLICABLE);
            assertThat(s.ratio()).hasToString("0/0");
            assertThat(s.fixes()).isEmpty();
        });
        assertThat(result.isCompliant()).isFalse();
        assertThat(Status.NOT_APPLICABLE.messageKey()).isEqualTo("fourThirds.status.notApplicable");
    }

    /**
     * The letter of 5号: shares 3 and 4 of all courses and all hours. The exactly-one-third program with a third
     * core course borne by the partner: 3/6 and 144/288 of the core, but only 3/12 and 144/576 of everything.
     */
    @Test
    void measuredAgainstAllCoursesTheSameProgramFallsShort() {
        var program = replacing(exactlyOneThird(), core("C3", false, 48, partner(48)));

        Result ofCore = FourThirdsCheck.of(program);
        Result ofAll = FourThirdsCheck.of(program, Basis.ALL_COURSES);

        assertThat(ofCore.isCompliant()).isTrue();
        assertThat(ofCore.basis()).isEqualTo(Basis.CORE_COURSES);
        assertThat(ofAll.isCompliant()).isFalse();
        assertThat(ofAll.share(INTRODUCED_COURSES).ratio()).isEqualTo(ofCore.share(INTRODUCED_COURSES).ratio());
        assertThat(ofAll.share(INTRODUCED_CORE_COURSES).ratio())
                .isEqualTo(ofCore.share(INTRODUCED_CORE_COURSES).ratio());
        Share borne = ofAll.share(CORE_COURSES_BORNE_BY_PARTNER);
        assertThat(borne.ratio()).hasToString("3/12");
        assertThat(borne.fixes()).containsExactly(fix(Change.HAND_CORE_COURSES_TO_PARTNER, 24, "C4"),
                fix(Change.ADD_CORE_COURSES_BORNE_BY_PARTNER, 2));
        Share hours = ofAll.share(CORE_HOURS_TAUGHT_BY_PARTNER);
        assertThat(hours.ratio()).hasToString("144/576");
        // a third of 576 is 192; adding: 144 + x ≥ (576 + x) / 3 from x = 72
        assertThat(hours.fixes()).containsExactly(fix(Change.MOVE_CORE_HOURS_TO_PARTNER, 48),
                fix(Change.ADD_CORE_HOURS_TAUGHT_BY_PARTNER, 72));
    }

    @Test
    void measuredAgainstAllCoursesAConversionBeyondTheCoreIsNotOffered() {
        List<Course> program = new ArrayList<>();
        program.add(core("C1", false, 48, chinese(48)));
        for (int i = 1; i <= 11; i++) {
            program.add(other("O" + i, i <= 4, 48, chinese(48)));
        }

        Result result = FourThirdsCheck.of(program, Basis.ALL_COURSES);

        // 0/12 needs 4 borne core courses but there is one; 0/576 needs 192 core hours but there are 48
        assertThat(result.share(CORE_COURSES_BORNE_BY_PARTNER).fixes())
                .containsExactly(fix(Change.ADD_CORE_COURSES_BORNE_BY_PARTNER, 6));
        assertThat(result.share(CORE_HOURS_TAUGHT_BY_PARTNER).fixes())
                .containsExactly(fix(Change.ADD_CORE_HOURS_TAUGHT_BY_PARTNER, 288));
        assertThat(result.share(INTRODUCED_CORE_COURSES).fixes()).as("0/1")
                .containsExactly(fix(Change.INTRODUCE_EXISTING_CORE_COURSES, 1),
                        fix(Change.ADD_INTRODUCED_CORE_COURSES, 1));
    }

    @Test
    void measuredAgainstAllCoursesAProgramWithoutCoreCoursesIsShortNotInapplicable() {
        var noCore = List.of(other("X1", true, 48, partner(48)), other("X2", false, 48, chinese(48)),
                other("X3", false, 48, chinese(48)));

        Result result = FourThirdsCheck.of(noCore, Basis.ALL_COURSES);

        assertThat(result.share(INTRODUCED_CORE_COURSES).status()).isEqualTo(Status.NOT_APPLICABLE);
        assertThat(result.share(CORE_COURSES_BORNE_BY_PARTNER).ratio()).hasToString("0/3");
        assertThat(result.share(CORE_COURSES_BORNE_BY_PARTNER).fixes())
                .containsExactly(fix(Change.ADD_CORE_COURSES_BORNE_BY_PARTNER, 2));
        assertThat(result.share(CORE_HOURS_TAUGHT_BY_PARTNER).ratio()).hasToString("0/144");
        assertThat(result.share(CORE_HOURS_TAUGHT_BY_PARTNER).fixes())
                .containsExactly(fix(Change.ADD_CORE_HOURS_TAUGHT_BY_PARTNER, 72));
        assertThat(result.isCompliant()).isFalse();
    }

    @Test
    void hoursNearTheRangeOfALongAreComparedExactly() {
        // 3074457345618258603 is the least third of Long.MAX_VALUE; three times it is beyond a long
        long third = 3074457345618258603L;
        long rest = Long.MAX_VALUE - third;
        var exact = List.of(core("BIG", true, rest, chinese(rest)), core("P", true, third, partner(third)));
        var oneShort = List.of(core("BIG", true, rest, chinese(rest)),
                core("P", true, third, partner(third - 1), chinese(1)));

        assertThat(FourThirdsCheck.of(exact).share(CORE_HOURS_TAUGHT_BY_PARTNER).met()).isTrue();
        Share hours = FourThirdsCheck.of(oneShort).share(CORE_HOURS_TAUGHT_BY_PARTNER);
        assertThat(hours.met()).isFalse();
        assertThat(hours.ratio().percentText()).isEqualTo("33.3%");
        assertThat(hours.fixes()).containsExactly(fix(Change.MOVE_CORE_HOURS_TO_PARTNER, 1),
                fix(Change.ADD_CORE_HOURS_TAUGHT_BY_PARTNER, 1));
        assertThatThrownBy(() -> FourThirdsCheck.of(adding(exact, core("ONE", false, 1, chinese(1)))))
                .as("a total past the range of a long is refused, not wrapped round")
                .isInstanceOf(ArithmeticException.class);
    }

    @Test
    void refusesACurriculumThatCannotBeRight() {
        assertThatThrownBy(() -> core("K", false, 48, partner(30), chinese(30)))
                .as("60 hours taught of 48").isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> core("K", false, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> core(" ", false, 48)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> partner(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FourThirdsCheck.of(List.of(core("K", true, 48), other("K", true, 48))))
                .as("the same course twice").isInstanceOf(IllegalArgumentException.class);
    }
}
