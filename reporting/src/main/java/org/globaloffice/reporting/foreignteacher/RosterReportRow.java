package org.globaloffice.reporting.foreignteacher;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.globaloffice.foreignteacher.control.Degree;
import org.globaloffice.foreignteacher.control.PermitCategory;
import org.globaloffice.foreignteacher.control.RecruitmentStage;

/**
 * One foreign teacher or expert in report (1), the roster with permit and document validity that auditors download:
 * who they are, where and as what they work, and until when their contract, work permit, residence permit and Z visa
 * run. Of several documents of one type the newest counts, of several contracts the one ending last, as for the
 * expiry alerts.
 *
 * @param maskedPassport the passport number as every export shows it, {@code ••••1234}; never the number itself
 * @param workPermitNumber the number on the work permit (外国人工作许可证), when one is on file
 */
public record RosterReportRow(String nativeName, String chineseName, String nationality, String maskedPassport,
        String school, PermitCategory category, RecruitmentStage stage, Degree highestDegree, String position,
        LocalDate contractFrom, LocalDate contractTo, String workPermitNumber, LocalDate workPermitUntil,
        LocalDate residencePermitUntil, LocalDate visaUntil) {

    /** What ends on a date of the row. */
    public enum Ends {
        WORK_PERMIT, RESIDENCE_PERMIT, Z_VISA, CONTRACT
    }

    /** The first of the row's end dates, and what ends then. */
    public record FirstExpiry(Ends what, LocalDate on) {
    }

    /**
     * The earliest of the work permit's, residence permit's and visa's expiry and the contract's end, if any is on
     * file. Nothing for someone who has left: as with the alerts, their papers no longer need attention.
     */
    public Optional<FirstExpiry> firstExpiry() {
        if (stage == RecruitmentStage.LEFT) {
            return Optional.empty();
        }
        return Stream.of(new FirstExpiry(Ends.WORK_PERMIT, workPermitUntil),
                        new FirstExpiry(Ends.RESIDENCE_PERMIT, residencePermitUntil),
                        new FirstExpiry(Ends.Z_VISA, visaUntil), new FirstExpiry(Ends.CONTRACT, contractTo))
                .filter(expiry -> expiry.on() != null)
                .min(Comparator.comparing(FirstExpiry::on)); // on a tie the first listed: min keeps the earlier
    }
}
