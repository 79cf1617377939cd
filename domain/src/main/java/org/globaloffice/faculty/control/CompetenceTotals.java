package org.globaloffice.faculty.control;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The figures the office reports of its global competence programs (seed 000: "five sessions … for more than 150
 * faculty members, … more than 30 teaching hours each session"): per program its sessions, participants, teaching
 * hours (the sum of its sessions' hours) and how many completed it under the {@link CompletionRule}; per year the
 * programs, sessions, teaching hours, the members who took part (each counted once, however many programs they
 * joined) and the members who completed at least one program.
 * <p>
 * The database counts and sums; this class only puts together what it counted, so that completion is decided by
 * the one rule and the year's figures add up to the programs' figures.
 */
public final class CompetenceTotals {

    private CompetenceTotals() {
    }

    /** What the database counted of one program: its sessions, their hours together, its enrolments. */
    public record ProgramCounts(long programId, int year, int sessions, int teachingHours, int participants) {
    }

    /** The hours of one program a participant attended, summed over its sessions. */
    public record Attendance(long programId, long memberId, int hours) {
    }

    /** One program's figures. */
    public record ProgramTotals(int sessions, int participants, int teachingHours, int requiredHours, int completed)
            implements Serializable {

        /** Completed participants in percent of all participants, one decimal, half up; null without participants. */
        public BigDecimal completionPercent() {
            return percent(completed, participants);
        }
    }

    /** One year's figures over its programs; participants and completers are distinct members. */
    public record YearTotals(int year, int programs, int sessions, int teachingHours, int participants,
            int completed) implements Serializable {

        /** Members who completed a program in percent of the members who took part; null without participants. */
        public BigDecimal completionPercent() {
            return percent(completed, participants);
        }
    }

    /** A program's figures from its counts and the hours each participant with any attendance attended. */
    public static ProgramTotals ofProgram(CompletionRule rule, ProgramCounts counts,
            Collection<Integer> attendedHours) {
        int completed = (int) attendedHours.stream()
                .filter(hours -> rule.completed(hours, counts.teachingHours())).count();
        return new ProgramTotals(counts.sessions(), counts.participants(), counts.teachingHours(),
                rule.requiredHours(counts.teachingHours()), completed);
    }

    /**
     * Each year's figures, earliest first, from the counts of its programs, the number of distinct members enrolled
     * in any of its programs, and the attended hours of every participant of those programs.
     */
    public static List<YearTotals> ofYears(CompletionRule rule, Collection<ProgramCounts> programs,
            Map<Integer, Integer> distinctParticipantsByYear, Collection<Attendance> attendance) {
        Map<Long, ProgramCounts> byId = new HashMap<>();
        Map<Integer, int[]> sums = new TreeMap<>();
        for (ProgramCounts program : programs) {
            byId.put(program.programId(), program);
            int[] sum = sums.computeIfAbsent(program.year(), y -> new int[3]);
            sum[0]++;
            sum[1] += program.sessions();
            sum[2] += program.teachingHours();
        }
        Map<Integer, Set<Long>> completers = new HashMap<>();
        for (Attendance attended : attendance) {
            ProgramCounts program = byId.get(attended.programId());
            if (program != null && rule.completed(attended.hours(), program.teachingHours())) {
                completers.computeIfAbsent(program.year(), y -> new HashSet<>()).add(attended.memberId());
            }
        }
        return sums.entrySet().stream().map(e -> new YearTotals(e.getKey(), e.getValue()[0], e.getValue()[1],
                e.getValue()[2], distinctParticipantsByYear.getOrDefault(e.getKey(), 0),
                completers.getOrDefault(e.getKey(), Set.of()).size())).toList();
    }

    static BigDecimal percent(int part, int whole) {
        if (whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
