package org.globaloffice.reporting.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class BatchesTest {

    /** Ids 1..count in batches of {@code size}, recording each "query" as the id it started after. */
    private static List<Long> read(long count, int size, List<Long> queries) {
        Batches<Long> rows = new Batches<>(after -> {
            queries.add(after);
            return LongStream.rangeClosed(1, count).filter(id -> id > after).limit(size).boxed().toList();
        }, id -> id, size);
        List<Long> all = new ArrayList<>();
        rows.forEachRemaining(all::add);
        return all;
    }

    @Test
    void everyRowComesOnceInOrderAndTheNextBatchStartsAfterTheLastId() {
        List<Long> queries = new ArrayList<>();
        assertThat(read(7, 3, queries)).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L);
        assertThat(queries).containsExactly(Long.MIN_VALUE, 3L, 6L);
    }

    @Test
    void aFullLastBatchCostsOneMoreQueryThatFindsNothing() {
        List<Long> queries = new ArrayList<>();
        assertThat(read(6, 3, queries)).hasSize(6);
        assertThat(queries).containsExactly(Long.MIN_VALUE, 3L, 6L);
    }

    @Test
    void noRowsMeansOneQuery() {
        List<Long> queries = new ArrayList<>();
        assertThat(read(0, 3, queries)).isEmpty();
        assertThat(queries).hasSize(1);
    }
}
