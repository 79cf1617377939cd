package org.globaloffice.reporting.catalogue;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.IntFunction;

/**
 * The rows of a domain service's paged list as an iterator that asks for the next page only when the last one is
 * used up, for the reports that reuse a boundary service (which applies the caller's school scope itself) rather
 * than a query of their own. The page source answers at most {@code size} rows from the given offset, in a stable
 * order (the services sort by a column, then by id).
 */
public final class Pages<T> implements Iterator<T> {

    private final IntFunction<List<T>> from;
    private final int size;
    private Iterator<T> page = List.<T>of().iterator();
    private int next;
    private boolean exhausted;

    public Pages(IntFunction<List<T>> from, int size) {
        this.from = from;
        this.size = size;
    }

    @Override
    public boolean hasNext() {
        if (page.hasNext()) {
            return true;
        }
        if (exhausted) {
            return false;
        }
        List<T> rows = from.apply(next);
        next += rows.size();
        exhausted = rows.size() < size;
        page = rows.iterator();
        return page.hasNext();
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return page.next();
    }
}
