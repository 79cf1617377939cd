package org.globaloffice.reporting.output;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.List;

/**
 * Writes one report in one format. The rows are read once, in order, and never held together: a writer keeps only
 * what it needs for the row at hand, so a report of a million rows needs no more memory than one of ten.
 */
public interface ReportWriter {

    /**
     * Writes the report to {@code out}, which stays open (the caller owns it).
     *
     * @return the number of rows written and the content checksum that the report shows on its face
     * @throws IllegalArgumentException when a row's value does not fit its column's {@link ColumnType}
     */
    <R> WrittenReport write(ReportHeader header, List<ReportColumn<R>> columns, Iterator<R> rows, OutputStream out)
            throws IOException;
}
