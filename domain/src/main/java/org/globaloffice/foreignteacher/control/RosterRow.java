package org.globaloffice.foreignteacher.control;

import java.time.LocalDate;
import org.globaloffice.audit.control.Masking;
import org.globaloffice.foreignteacher.entity.ForeignExpert;
import org.globaloffice.organization.entity.School;

/**
 * One teacher's row of a roster, as typed values: {@code row} is the number Excel shows. A value the reader could
 * not take (and reported) is null, as is an empty optional cell. The passport number is the one typed, still to be
 * recorded through {@link ForeignExpert#recordPassport}; {@link #toString()} masks it so that no log shows it.
 */
public record RosterRow(int row, String schoolCode, String nativeName, String chineseName, String nationality,
        LocalDate birthDate, String passportNumber, Degree highestDegree, String field, Integer experienceYears,
        Integer languageTeachingYears, String nativeLanguage, String languageTaught, Boolean educationOrLanguageDegree,
        Boolean homeTeachingLicence, Integer teflHours, Integer points, PermitCategory intendedCategory,
        RecruitmentStage stage, LocalDate entryDate) {

    /**
     * The teacher the row describes, in the given school, not yet saved and without the passport. A roster records
     * where each teacher stands today, not how they got there; the teacher is therefore taken along the recruitment
     * pipeline step by step up to that stage ({@link RecruitmentStage}: no stage is skipped), straight to "left" for
     * one who has left. Empty numbers count as 0 and empty yes/no cells as no, as in the form.
     */
    public ForeignExpert toExpert(School school) {
        ForeignExpert expert = new ForeignExpert(school, nativeName, nationality, birthDate);
        expert.setChineseName(chineseName);
        if (highestDegree != null) {
            expert.setHighestDegree(highestDegree);
        }
        expert.setField(field);
        expert.setExperienceYears(experienceYears == null ? 0 : experienceYears);
        expert.setLanguageTeachingYears(languageTeachingYears == null ? 0 : languageTeachingYears);
        expert.setNativeLanguage(nativeLanguage);
        expert.setLanguageTaught(languageTaught);
        expert.setEducationOrLanguageDegree(Boolean.TRUE.equals(educationOrLanguageDegree));
        expert.setHomeTeachingLicence(Boolean.TRUE.equals(homeTeachingLicence));
        expert.setTeflHours(teflHours == null ? 0 : teflHours);
        expert.setPoints(points);
        if (intendedCategory != null) {
            expert.setIntendedCategory(intendedCategory);
        }
        expert.setEntryDate(entryDate);
        if (stage != null) {
            while (expert.getStage() != stage) {
                expert.moveTo(stage == RecruitmentStage.LEFT ? RecruitmentStage.LEFT : expert.getStage().next()
                        .stream().filter(next -> next != RecruitmentStage.LEFT).findFirst().orElseThrow());
            }
        }
        return expert;
    }

    /** The passport as every screen shows it: its last four characters. */
    public String maskedPassport() {
        return passportNumber == null ? null : Masking.keepLast(passportNumber, 4);
    }

    @Override
    public String toString() {
        return "RosterRow[row=" + row + ", school=" + schoolCode + ", name=" + nativeName + ", passport="
                + maskedPassport() + ", stage=" + stage + "]";
    }
}
