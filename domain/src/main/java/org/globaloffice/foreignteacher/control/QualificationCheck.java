package org.globaloffice.foreignteacher.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether a candidate qualifies for a work-permit category, requirement by requirement, each met or failed with its
 * figures, so the page can say exactly why (规定: 外国人来华工作分类标准).
 * <ul>
 * <li>A (high-end): at least {@code minPointsA} points, or an annual salary of at least {@code salaryMultipleA}
 * times the local average.</li>
 * <li>B (professional): at least a bachelor's degree, at least {@code minExperienceYears} years of relevant
 * experience, at least {@code minPointsB} points, and no older than {@code maxAgeB} on the day checked.</li>
 * <li>B as a language teacher: teaches their native language, at least a bachelor's, no older than
 * {@code maxAgeB}, and {@code minExperienceYears} years of language teaching, waived by a degree in education or
 * languages, a teaching licence of their home country, or a TEFL/TESOL course of at least
 * {@code teflWaiverHours} hours.</li>
 * <li>C (others: interns, short-term): no requirement of its own here.</li>
 * </ul>
 * An unknown points score fails a points requirement: the check never assumes what was not assessed.
 */
public final class QualificationCheck {

    /** One requirement: a message key of the bundles, whether it is met, and the figures to show with it. */
    public record Requirement(String key, boolean met, Object... figures) {
    }

    public record Result(PermitCategory category, List<Requirement> requirements) {

        public Result {
            requirements = List.copyOf(requirements);
        }

        public boolean qualifies() {
            return requirements.stream().allMatch(Requirement::met);
        }
    }

    private final QualificationRules rules;

    public QualificationCheck(QualificationRules rules) {
        this.rules = rules;
    }

    public Result check(Candidate candidate, PermitCategory category, LocalDate on) {
        List<Requirement> requirements = new ArrayList<>();
        switch (category) {
            case A -> requirements.add(highEnd(candidate));
            case B -> {
                requirements.add(bachelor(candidate));
                requirements.add(new Requirement("qualification.experience",
                        candidate.relevantExperienceYears() >= rules.minExperienceYears(),
                        candidate.relevantExperienceYears(), rules.minExperienceYears()));
                requirements.add(points(candidate, rules.minPointsB()));
                requirements.add(age(candidate, on));
            }
            case B_LANGUAGE_TEACHER -> {
                requirements.add(new Requirement("qualification.nativeLanguage",
                        candidate.nativeLanguage() != null
                                && candidate.nativeLanguage().equalsIgnoreCase(candidate.languageTaught()),
                        candidate.languageTaught(), candidate.nativeLanguage()));
                requirements.add(bachelor(candidate));
                requirements.add(age(candidate, on));
                requirements.add(languageTeachingExperience(candidate));
            }
            case C -> {
                // interns and short-term work: the category sets no requirement of its own
            }
        }
        return new Result(category, requirements);
    }

    private Requirement highEnd(Candidate candidate) {
        boolean byPoints = candidate.points() != null && candidate.points() >= rules.minPointsA();
        BigDecimal threshold = rules.localAverageSalary().multiply(BigDecimal.valueOf(rules.salaryMultipleA()));
        boolean bySalary = candidate.annualSalary() != null && candidate.annualSalary().compareTo(threshold) >= 0;
        return new Requirement("qualification.highEnd", byPoints || bySalary, candidate.points(), rules.minPointsA(),
                candidate.annualSalary(), threshold);
    }

    private static Requirement bachelor(Candidate candidate) {
        return new Requirement("qualification.bachelor", candidate.highestDegree().atLeast(Degree.BACHELOR),
                candidate.highestDegree());
    }

    private static Requirement points(Candidate candidate, int minimum) {
        return new Requirement("qualification.points", candidate.points() != null && candidate.points() >= minimum,
                candidate.points(), minimum);
    }

    /** Old enough to have turned {@code maxAgeB + 1} fails; on the day before that birthday it still passes. */
    private Requirement age(Candidate candidate, LocalDate on) {
        int age = Period.between(candidate.birthDate(), on).getYears();
        return new Requirement("qualification.age", age <= rules.maxAgeB(), age, rules.maxAgeB());
    }

    private Requirement languageTeachingExperience(Candidate candidate) {
        if (candidate.languageTeachingYears() >= rules.minExperienceYears()) {
            return new Requirement("qualification.languageTeaching", true, candidate.languageTeachingYears(),
                    rules.minExperienceYears());
        }
        if (candidate.educationOrLanguageDegree()) {
            return new Requirement("qualification.languageTeaching.waivedByDegree", true);
        }
        if (candidate.homeCountryTeachingLicence()) {
            return new Requirement("qualification.languageTeaching.waivedByLicence", true);
        }
        if (candidate.teflHours() >= rules.teflWaiverHours()) {
            return new Requirement("qualification.languageTeaching.waivedByTefl", true, candidate.teflHours(),
                    rules.teflWaiverHours());
        }
        return new Requirement("qualification.languageTeaching", false, candidate.languageTeachingYears(),
                rules.minExperienceYears(), candidate.teflHours(), rules.teflWaiverHours());
    }
}
