package org.globaloffice.platform.paging;

import java.util.List;

/** The rows of one page and the number of rows all pages hold together. */
public record Page<T>(List<T> rows, long total) {

    public Page {
        rows = List.copyOf(rows);
    }
}
