package org.globaloffice.reporting.cooperation;

import java.util.List;
import org.globaloffice.cooperation.control.Ratio;
import org.globaloffice.cooperation.control.RiskFlags;
import org.globaloffice.cooperation.entity.ComplianceRecord;
import org.globaloffice.cooperation.entity.ProgramLevel;
import org.globaloffice.cooperation.entity.ProgramStatus;

/**
 * One Sino-foreign cooperative program in report (4): what it is, the figures of its latest four one-thirds check
 * (教外综〔2006〕5号) and the risk flags its file raises.
 *
 * @param checkedYear the academic year of the latest check; null, as {@code figures}, for a program without a
 *                    curriculum
 */
public record ProgramsReportRow(long id, String school, String name, String approvalNumber, ProgramLevel level,
        ProgramStatus status, Integer checkedYear, ComplianceRecord.Figures figures, List<RiskFlags.Flag> flags) {

    /** The four shares, in the order of the rule. */
    public enum Share {
        INTRODUCED_COURSES, INTRODUCED_CORE_COURSES, CORE_COURSES_BY_PARTNER, CORE_HOURS_BY_PARTNER
    }

    public ProgramsReportRow {
        flags = List.copyOf(flags);
    }

    /**
     * One share as the check counted it; shares 3 and 4 are of the core courses and core hours, the basis the check
     * keeps its figures on. Null without a curriculum.
     */
    public Ratio share(Share share) {
        if (figures == null) {
            return null;
        }
        return switch (share) {
            case INTRODUCED_COURSES -> Ratio.of(figures.introducedCourses(), figures.allCourses());
            case INTRODUCED_CORE_COURSES -> Ratio.of(figures.introducedCoreCourses(), figures.coreCourses());
            case CORE_COURSES_BY_PARTNER -> Ratio.of(figures.partnerCoreCourses(), figures.coreCourses());
            case CORE_HOURS_BY_PARTNER -> Ratio.of(figures.partnerCoreHours(), figures.coreHours());
        };
    }

    /** "4/12" as counted; null without a curriculum. */
    public String shareText(Share share) {
        Ratio ratio = share(share);
        return ratio == null ? null : ratio.toString();
    }

    /** The share in percent to one decimal; null without a curriculum or with nothing to count (0/0). */
    public java.math.BigDecimal sharePercent(Share share) {
        Ratio ratio = share(share);
        return ratio == null || !ratio.isDefined() ? null : ratio.percent();
    }
}
