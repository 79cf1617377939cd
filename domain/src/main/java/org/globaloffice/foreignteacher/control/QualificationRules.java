package org.globaloffice.foreignteacher.control;

import java.math.BigDecimal;

/**
 * The figures of the work-permit rules, as the university's settings give them. {@link #standard} holds the
 * national figures: A with at least 85 points or a salary of at least 6 times the local average; B with a
 * bachelor's, 2 years' experience, at least 60 points and an age of at most 60; a TEFL course of at least 120
 * hours waiving a language teacher's 2 years of language-teaching experience.
 */
public record QualificationRules(int minPointsA, int salaryMultipleA, BigDecimal localAverageSalary,
        int minPointsB, int minExperienceYears, int maxAgeB, int teflWaiverHours) {

    public static QualificationRules standard(BigDecimal localAverageSalary) {
        return new QualificationRules(85, 6, localAverageSalary, 60, 2, 60, 120);
    }
}
