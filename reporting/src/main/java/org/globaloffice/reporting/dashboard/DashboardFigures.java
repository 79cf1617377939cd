package org.globaloffice.reporting.dashboard;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.globaloffice.cooperation.control.RiskFlags;

/**
 * The dashboard's figures within the caller's scope, as of a day (today in the university's time zone): foreign
 * teachers, expiring documents, cooperative-program compliance, outbound visits and training hours. Plain values,
 * so that a page, a chart and the REST API show the same numbers.
 */
public record DashboardFigures(LocalDate asOf, Teachers teachers, Expiries expiries, Compliance compliance,
        Visits visits, Training training) implements Serializable {

    /** Foreign teachers who have not left, per school and per nationality (ten largest and "other"). */
    public record Teachers(List<SchoolCount> bySchool, List<TopShares.Share> byNationality) implements Serializable {

        public Teachers {
            bySchool = List.copyOf(bySchool);
            byNationality = List.copyOf(byNationality);
        }

        public long total() {
            return bySchool.stream().mapToLong(SchoolCount::count).sum();
        }
    }

    /** A count of one school. */
    public record SchoolCount(SchoolLabel school, long count) implements Serializable {
    }

    /**
     * Documents of teachers who have not left, the newest of each type per teacher (a renewed visa replaces the old
     * one): those already expired, and those expiring in each of the next twelve months.
     */
    public record Expiries(long overdue, List<ExpiryMonths.MonthCount> months) implements Serializable {

        public Expiries {
            months = List.copyOf(months);
        }

        public long expiring() {
            return months.stream().mapToLong(ExpiryMonths.MonthCount::count).sum();
        }
    }

    /**
     * Cooperative programs that have not ended, by the latest four one-thirds check of each (its latest academic
     * year, the latest result of that year): compliant, not compliant, or without a curriculum (never checked, or
     * its latest curriculum has no course); and those raising any risk flag, with how many raise each flag.
     */
    public record Compliance(long programs, long compliant, long notCompliant, long withoutCurriculum, long atRisk,
            Map<RiskFlags.Kind, Long> risks) implements Serializable {

        public Compliance {
            EnumMap<RiskFlags.Kind, Long> complete = new EnumMap<>(RiskFlags.Kind.class);
            for (RiskFlags.Kind kind : RiskFlags.Kind.values()) {
                complete.put(kind, risks.getOrDefault(kind, 0L));
            }
            risks = Collections.unmodifiableMap(complete);
        }

        /**
         * The figures from the number of programs, the outcome of the latest check of those with a curriculum, and
         * the flags each program raises (one list per program, empty when it raises none).
         */
        public static Compliance of(long programs, long compliant, long notCompliant,
                Collection<List<RiskFlags.Flag>> flagsPerProgram) {
            Map<RiskFlags.Kind, Long> risks = new EnumMap<>(RiskFlags.Kind.class);
            long atRisk = 0;
            for (List<RiskFlags.Flag> flags : flagsPerProgram) {
                if (!flags.isEmpty()) {
                    atRisk++;
                }
                flags.stream().map(RiskFlags.Flag::kind).distinct().forEach(kind -> risks.merge(kind, 1L, Long::sum));
            }
            return new Compliance(programs, compliant, notCompliant, programs - compliant - notCompliant, atRisk,
                    risks);
        }
    }

    /** Outbound visits that happened or will (approved, report filed, evaluated) per year of departure and type. */
    public record Visits(List<VisitYears.YearCounts> years) implements Serializable {

        public Visits {
            years = List.copyOf(years);
        }
    }

    /**
     * Training hours of a calendar year per school (the member's school): global competence sessions attended in
     * the programs of that year, language-class hours attended in the classes of that year. {@code years} are the
     * years that have any program or class, latest first, for choosing another.
     */
    public record Training(int year, List<Integer> years, List<TrainingHours.SchoolHours> bySchool)
            implements Serializable {

        public Training {
            years = List.copyOf(years);
            bySchool = List.copyOf(bySchool);
        }
    }
}
