package org.globaloffice.platform.paging;

import java.util.Map;

/**
 * One page of a list as a view asks for it: where it starts, how long it is, the sort and the filters by attribute
 * path (e.g. {@code "school.code"}). The service decides which paths it accepts. A size of 0 asks only for the
 * number of rows ({@link #countOnly}).
 */
public record PageRequest(int first, int size, String sortField, boolean ascending, Map<String, Object> filters) {

    public static final int MAX_SIZE = 500;

    public PageRequest {
        if (first < 0) {
            throw new IllegalArgumentException("first must not be negative");
        }
        if (size < 0 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be between 0 and " + MAX_SIZE);
        }
        filters = filters == null ? Map.of() : Map.copyOf(filters);
    }

    /** The number of rows the filters leave, without any row. */
    public static PageRequest countOnly(Map<String, Object> filters) {
        return new PageRequest(0, 0, null, true, filters);
    }

    public boolean isCountOnly() {
        return size == 0;
    }

    public static PageRequest of(int first, int size) {
        return new PageRequest(first, size, null, true, Map.of());
    }

    public PageRequest withFilter(String path, Object value) {
        var copy = new java.util.HashMap<>(filters);
        copy.put(path, value);
        return new PageRequest(first, size, sortField, ascending, copy);
    }

    public PageRequest sortedBy(String field, boolean ascendingOrder) {
        return new PageRequest(first, size, field, ascendingOrder, filters);
    }
}
