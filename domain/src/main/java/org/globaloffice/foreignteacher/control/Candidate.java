package org.globaloffice.foreignteacher.control;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What the qualification check reads of a candidate. {@code points} is the score of the points-based assessment, if
 * one was made; {@code annualSalary} the offered salary in yuan; {@code languageTaught} and {@code nativeLanguage}
 * are ISO 639 codes.
 */
public record Candidate(LocalDate birthDate, Degree highestDegree, int relevantExperienceYears,
        int languageTeachingYears, Integer points, BigDecimal annualSalary, String nativeLanguage,
        String languageTaught, boolean educationOrLanguageDegree, boolean homeCountryTeachingLicence,
        int teflHours) {
}
