package org.globaloffice.faculty.boundary;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What the bilingual certificate of a global competence program states about one participant who completed it:
 * who (names as on file, school in both languages), which program (title, year, organiser), the hours attended of
 * the program's teaching hours under the completion rule of {@code requiredPercent} %, and the day the program was
 * completed, the last day of its last session. Rendering it (PDF, CJK font) is the reporting module's work.
 */
public record CompetenceCertificate(String staffNumber, String chineseName, String englishName, String schoolNameZh,
        String schoolNameEn, String programTitle, int programYear, String organiser, int attendedHours,
        int totalHours, int requiredPercent, LocalDate completedOn) implements Serializable {
}
