package org.globaloffice.reporting.dashboard;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.globaloffice.faculty.entity.VisitType;

/**
 * Outbound visits per calendar year of departure and type, over the last {@value #YEARS} years up to and including
 * this one, earliest first. A trip counts in the year it departs (a trip from 28 December to 5 January counts in the
 * year it left); every year and every type is there, with 0 when nothing departed.
 */
public final class VisitYears {

    /** How many calendar years the chart spans, this one included. */
    public static final int YEARS = 5;

    /** What the database counted: the visits of a type departing on a day. */
    public record Departures(LocalDate departsOn, VisitType type, long count) {
    }

    /** One year's visits by type, in the order of {@link VisitType}. */
    public record YearCounts(int year, Map<VisitType, Long> byType) implements Serializable {

        public YearCounts {
            EnumMap<VisitType, Long> complete = new EnumMap<>(VisitType.class);
            for (VisitType type : VisitType.values()) {
                complete.put(type, byType.getOrDefault(type, 0L));
            }
            byType = Collections.unmodifiableMap(complete);
        }

        public long count(VisitType type) {
            return byType.get(type);
        }

        public long total() {
            return byType.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private VisitYears() {
    }

    /** 1 January of the earliest year shown. */
    public static LocalDate windowStart(int currentYear) {
        return LocalDate.of(currentYear - YEARS + 1, 1, 1);
    }

    /** 1 January of the year after this one: the first day no longer shown. */
    public static LocalDate windowEnd(int currentYear) {
        return LocalDate.of(currentYear + 1, 1, 1);
    }

    public static List<YearCounts> of(int currentYear, List<Departures> departures) {
        int first = currentYear - YEARS + 1;
        List<Map<VisitType, Long>> counts = new ArrayList<>();
        for (int i = 0; i < YEARS; i++) {
            counts.add(new EnumMap<>(VisitType.class));
        }
        for (Departures d : departures) {
            int index = d.departsOn().getYear() - first;
            if (index >= 0 && index < YEARS) {
                counts.get(index).merge(d.type(), d.count(), Long::sum);
            }
        }
        List<YearCounts> years = new ArrayList<>();
        for (int i = 0; i < YEARS; i++) {
            years.add(new YearCounts(first + i, counts.get(i)));
        }
        return List.copyOf(years);
    }
}
