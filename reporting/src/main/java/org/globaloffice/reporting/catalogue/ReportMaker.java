package org.globaloffice.reporting.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.globaloffice.archive.entity.ArchivedReport;

/**
 * The way in for making reports: at most a few are made at once, so that a burst of large reports cannot take the
 * database and the memory from everybody else. A request beyond that is refused at once with a
 * {@link org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException}, which the pages and the API turn
 * into "reports are being made; try again in a moment". How many at once is MicroProfile Config's
 * {@code org.globaloffice.reporting.catalogue.ReportMaker/make/Bulkhead/value} (2 by default).
 */
@ApplicationScoped
public class ReportMaker {

    @Inject
    Reports reports;

    @Bulkhead(2)
    public ArchivedReport make(ReportRequest request) {
        return reports.make(request);
    }
}
