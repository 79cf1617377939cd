package org.globaloffice.reporting.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.globaloffice.archive.entity.ArchivedReport;

/**
 * Where reports are made, a few at a time, so that a burst of large reports cannot take the database and the memory
 * from everybody else: a MicroProfile Fault Tolerance bulkhead lets at most
 * {@code org.globaloffice.reporting.catalogue.ReportMaker/make/Bulkhead/value} (2 by default) in at once, and a
 * report that finds it full waits its turn, trying again every quarter of a second or so (FT retry on
 * {@link BulkheadException}, for at most 15 minutes). It runs on the thread of the {@link ReportWorker}, as the
 * caller who asked: the bulkhead is synchronous on purpose, so that the identity, the school scoping and the
 * masking are the caller's and nobody else's. The ticket is settled before the bulkhead lets the next one in, so
 * that no more than its limit are ever seen being made.
 */
@ApplicationScoped
public class ReportMaker {

    @Inject
    Reports reports;

    @Inject
    ReportQueue queue;

    @Bulkhead(2)
    @Retry(retryOn = BulkheadException.class, maxRetries = -1, delay = 250, jitter = 100, maxDuration = 900_000,
            durationUnit = ChronoUnit.MILLIS)
    public ArchivedReport make(ReportTicket ticket) {
        ticket.started();
        try {
            ArchivedReport made = reports.make(ticket.request());
            queue.settle(ticket, made, null);
            return made;
        } catch (RuntimeException e) {
            queue.settle(ticket, null, e);
            throw e;
        }
    }
}
