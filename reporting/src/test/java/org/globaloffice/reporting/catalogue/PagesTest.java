package org.globaloffice.reporting.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PagesTest {

    @Test
    void readsEveryRowAndStopsAfterAShortPage() {
        List<Integer> offsets = new ArrayList<>();
        List<String> rows = read(List.of("a", "b", "c", "d", "e"), offsets);
        assertThat(rows).containsExactly("a", "b", "c", "d", "e");
        assertThat(offsets).as("the third page has one row: no fourth is asked for").containsExactly(0, 2, 4);
    }

    @Test
    void aFullLastPageCostsOneEmptyPage() {
        List<Integer> offsets = new ArrayList<>();
        assertThat(read(List.of("a", "b", "c", "d"), offsets)).containsExactly("a", "b", "c", "d");
        assertThat(offsets).containsExactly(0, 2, 4);
        assertThat(read(List.of(), new ArrayList<>())).isEmpty();
    }

    private static List<String> read(List<String> all, List<Integer> offsets) {
        List<String> rows = new ArrayList<>();
        new Pages<>(first -> {
            offsets.add(first);
            return all.subList(Math.min(first, all.size()), Math.min(first + 2, all.size()));
        }, 2).forEachRemaining(rows::add);
        return rows;
    }
}
