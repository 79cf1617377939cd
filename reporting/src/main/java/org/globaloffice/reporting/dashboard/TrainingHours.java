package org.globaloffice.reporting.dashboard;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The training hours of a year per school in two series: hours attended of global competence program sessions and
 * hours attended of language classes. A school with hours in one series only has 0 in the other; a school with none
 * in either is left out. Schools in the order of their codes.
 */
public final class TrainingHours {

    /** One school's hours of both kinds. */
    public record SchoolHours(SchoolLabel school, long competenceHours, long languageHours) implements Serializable {

        public long total() {
            return competenceHours + languageHours;
        }
    }

    private TrainingHours() {
    }

    public static List<SchoolHours> of(Map<SchoolLabel, Long> competence, Map<SchoolLabel, Long> language) {
        Map<SchoolLabel, long[]> bySchool = new TreeMap<>(Comparator.comparing(SchoolLabel::code));
        competence.forEach((school, hours) -> bySchool.computeIfAbsent(school, s -> new long[2])[0] += hours);
        language.forEach((school, hours) -> bySchool.computeIfAbsent(school, s -> new long[2])[1] += hours);
        List<SchoolHours> rows = new ArrayList<>();
        bySchool.forEach((school, hours) -> {
            if (hours[0] != 0 || hours[1] != 0) {
                rows.add(new SchoolHours(school, hours[0], hours[1]));
            }
        });
        return List.copyOf(rows);
    }
}
