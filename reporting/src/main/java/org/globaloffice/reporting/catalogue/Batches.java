package org.globaloffice.reporting.catalogue;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;
import java.util.function.LongFunction;

/**
 * The rows of a large read as an iterator that fetches the next batch only when the last one is used up: keyset
 * paging on an increasing id, so that every batch is one indexed query however far into the rows it is. The batch
 * source answers the rows after an id (at most {@code size} of them, in id order); {@code idOf} tells each row's id.
 */
public final class Batches<T> implements Iterator<T> {

    private final LongFunction<List<T>> after;
    private final Function<T, Long> idOf;
    private final int size;
    private Iterator<T> batch = List.<T>of().iterator();
    private long lastId = Long.MIN_VALUE;
    private boolean exhausted;

    public Batches(LongFunction<List<T>> after, Function<T, Long> idOf, int size) {
        this.after = after;
        this.idOf = idOf;
        this.size = size;
    }

    @Override
    public boolean hasNext() {
        if (batch.hasNext()) {
            return true;
        }
        if (exhausted) {
            return false;
        }
        List<T> next = after.apply(lastId);
        if (next.size() < size) {
            exhausted = true;
        }
        if (next.isEmpty()) {
            return false;
        }
        lastId = idOf.apply(next.get(next.size() - 1));
        batch = next.iterator();
        return true;
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return batch.next();
    }
}
