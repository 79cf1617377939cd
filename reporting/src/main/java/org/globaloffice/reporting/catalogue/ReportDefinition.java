package org.globaloffice.reporting.catalogue;

import java.util.Iterator;
import java.util.List;
import org.globaloffice.reporting.output.ReportColumn;

/**
 * One report of the catalogue: its columns in the reader's language, and its rows, read from the database a batch
 * at a time as the writer asks for them (never all at once), limited to the context's school. An implementation is
 * a CDI bean; {@link Reports} finds it by its {@link #kind()}.
 */
public interface ReportDefinition<R> {

    ReportKind kind();

    List<ReportColumn<R>> columns(ReportContext context);

    Iterator<R> rows(ReportContext context);
}
