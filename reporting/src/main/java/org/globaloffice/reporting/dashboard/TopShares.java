package org.globaloffice.reporting.dashboard;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The largest groups of a count and the rest together, for a pie that stays readable: the ten largest by count (a
 * tie broken by the key, so the same figures always give the same pie) and, only when there are more than ten, one
 * slice "other" with everything else. Exactly ten groups give ten slices and no "other".
 */
public final class TopShares {

    /** How many groups get a slice of their own. */
    public static final int TOP = 10;

    /** One slice: a group and its count, or (key null) all the groups beyond the top ten. */
    public record Share(String key, long count) implements Serializable {

        public boolean other() {
            return key == null;
        }
    }

    private TopShares() {
    }

    public static List<Share> of(Map<String, Long> counts) {
        List<Map.Entry<String, Long>> sorted = counts.entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .toList();
        List<Share> shares = new ArrayList<>();
        sorted.stream().limit(TOP).forEach(e -> shares.add(new Share(e.getKey(), e.getValue())));
        if (sorted.size() > TOP) {
            shares.add(new Share(null, sorted.stream().skip(TOP).mapToLong(Map.Entry::getValue).sum()));
        }
        return List.copyOf(shares);
    }
}
