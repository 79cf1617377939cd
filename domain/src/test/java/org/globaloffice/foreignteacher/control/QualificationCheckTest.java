package org.globaloffice.foreignteacher.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.globaloffice.foreignteacher.control.QualificationCheck.Requirement;
import org.junit.jupiter.api.Test;

class QualificationCheckTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private final QualificationCheck check = new QualificationCheck(QualificationRules.standard(new BigDecimal("120000")));

    private static Candidate candidate(LocalDate birth, Degree degree, int experience, int languageTeaching,
            Integer points, String salary, int teflHours, boolean educationDegree, boolean licence) {
        return new Candidate(birth, degree, experience, languageTeaching, points,
                salary == null ? null : new BigDecimal(salary), "en", "en", educationDegree, licence, teflHours);
    }

    private static Candidate professional(LocalDate birth) {
        return candidate(birth, Degree.MASTER, 5, 0, 70, "200000", 0, false, false);
    }

    private boolean met(QualificationCheck.Result result, String key) {
        return result.requirements().stream().filter(r -> r.key().startsWith(key)).allMatch(Requirement::met);
    }

    @Test
    void categoryAByPointsOrBySixTimesTheAverageSalary() {
        assertThat(check.check(candidate(TODAY.minusYears(40), Degree.DOCTORATE, 10, 0, 85, "100000", 0, false, false),
                PermitCategory.A, TODAY).qualifies()).as("exactly 85 points").isTrue();
        assertThat(check.check(candidate(TODAY.minusYears(40), Degree.DOCTORATE, 10, 0, 84, "720000", 0, false, false),
                PermitCategory.A, TODAY).qualifies()).as("84 points but exactly 6x salary").isTrue();
        assertThat(check.check(candidate(TODAY.minusYears(40), Degree.DOCTORATE, 10, 0, 84, "719999.99", 0, false, false),
                PermitCategory.A, TODAY).qualifies()).as("84 points and just under 6x salary").isFalse();
        assertThat(check.check(candidate(TODAY.minusYears(40), Degree.DOCTORATE, 10, 0, null, null, 0, false, false),
                PermitCategory.A, TODAY).qualifies()).as("nothing assessed").isFalse();
    }

    @Test
    void categoryBUpToAndIncludingAge60() {
        assertThat(check.check(professional(TODAY.minusYears(60)), PermitCategory.B, TODAY).qualifies())
                .as("60th birthday today").isTrue();
        assertThat(check.check(professional(TODAY.minusYears(61).plusDays(1)), PermitCategory.B, TODAY).qualifies())
                .as("61st birthday tomorrow").isTrue();
        var tooOld = check.check(professional(TODAY.minusYears(61)), PermitCategory.B, TODAY);
        assertThat(tooOld.qualifies()).as("61st birthday today").isFalse();
        assertThat(tooOld.requirements()).filteredOn(r -> !r.met()).extracting(Requirement::key)
                .containsExactly("qualification.age");
    }

    @Test
    void aLeapDayBirthdayTurns61OnTheFirstOfMarch() {
        Candidate leapDay = professional(LocalDate.of(1964, 2, 29));

        assertThat(check.check(leapDay, PermitCategory.B, LocalDate.of(2025, 2, 28)).qualifies()).isTrue();
        assertThat(check.check(leapDay, PermitCategory.B, LocalDate.of(2025, 3, 1)).qualifies()).isFalse();
    }

    @Test
    void categoryBNeedsABachelorsTwoYearsAnd60Points() {
        var result = check.check(candidate(TODAY.minusYears(30), Degree.ASSOCIATE, 1, 0, 59, null, 0, false, false),
                PermitCategory.B, TODAY);

        assertThat(result.requirements()).filteredOn(r -> !r.met()).extracting(Requirement::key)
                .containsExactly("qualification.bachelor", "qualification.experience", "qualification.points");
        assertThat(check.check(candidate(TODAY.minusYears(30), Degree.BACHELOR, 2, 0, 60, null, 0, false, false),
                PermitCategory.B, TODAY).qualifies()).as("exactly at every threshold").isTrue();
    }

    @Test
    void aLanguageTeachersExperienceIsWaivedByA120HourTeflCourseNot119() {
        Candidate with120 = candidate(TODAY.minusYears(28), Degree.BACHELOR, 0, 0, null, null, 120, false, false);
        Candidate with119 = candidate(TODAY.minusYears(28), Degree.BACHELOR, 0, 0, null, null, 119, false, false);

        var passed = check.check(with120, PermitCategory.B_LANGUAGE_TEACHER, TODAY);
        assertThat(passed.qualifies()).isTrue();
        assertThat(passed.requirements()).extracting(Requirement::key)
                .contains("qualification.languageTeaching.waivedByTefl");
        assertThat(check.check(with119, PermitCategory.B_LANGUAGE_TEACHER, TODAY).qualifies()).isFalse();
    }

    @Test
    void aLanguageTeachersExperienceIsWaivedByAnEducationDegreeOrAHomeLicence() {
        var byDegree = check.check(candidate(TODAY.minusYears(28), Degree.BACHELOR, 0, 0, null, null, 0, true, false),
                PermitCategory.B_LANGUAGE_TEACHER, TODAY);
        var byLicence = check.check(candidate(TODAY.minusYears(28), Degree.BACHELOR, 0, 1, null, null, 0, false, true),
                PermitCategory.B_LANGUAGE_TEACHER, TODAY);
        var byYears = check.check(candidate(TODAY.minusYears(28), Degree.BACHELOR, 0, 2, null, null, 0, false, false),
                PermitCategory.B_LANGUAGE_TEACHER, TODAY);

        assertThat(met(byDegree, "qualification.languageTeaching")).isTrue();
        assertThat(met(byLicence, "qualification.languageTeaching")).isTrue();
        assertThat(met(byYears, "qualification.languageTeaching")).isTrue();
        assertThat(byDegree.qualifies() && byLicence.qualifies() && byYears.qualifies()).isTrue();
    }

    @Test
    void aLanguageTeacherTeachesTheirNativeLanguage() {
        Candidate frenchTeachingEnglish = new Candidate(TODAY.minusYears(30), Degree.MASTER, 3, 3, null, null, "fr",
                "en", true, false, 0);

        var result = check.check(frenchTeachingEnglish, PermitCategory.B_LANGUAGE_TEACHER, TODAY);

        assertThat(result.qualifies()).isFalse();
        assertThat(result.requirements()).filteredOn(r -> !r.met()).extracting(Requirement::key)
                .containsExactly("qualification.nativeLanguage");
    }

    @Test
    void categoryCSetsNoRequirementOfItsOwn() {
        var result = check.check(candidate(TODAY.minusYears(22), Degree.NONE, 0, 0, null, null, 0, false, false),
                PermitCategory.C, TODAY);

        assertThat(result.requirements()).isEmpty();
        assertThat(result.qualifies()).isTrue();
    }
}
