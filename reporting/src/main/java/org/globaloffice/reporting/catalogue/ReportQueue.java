package org.globaloffice.reporting.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.globaloffice.archive.entity.ArchivedReport;
import org.globaloffice.platform.security.CallerScope;

/**
 * The reports asked for and not yet collected: each request gets a {@link ReportTicket} at once, and a
 * {@link ReportWorker} makes it in the background, waiting at the {@link ReportMaker}'s bulkhead for its turn; the
 * ticket says how many asked before it still wait, and completes when the report is in the archive. At most
 * {@code globaloffice.reports.most-waiting} (20 by default) wait at once; beyond that a request is refused at once
 * ("try again in a moment"). A ticket is its caller's only: anybody else's is "not found". Finished tickets are
 * forgotten after half an hour (the reports themselves stay in the archive).
 */
@ApplicationScoped
public class ReportQueue {

    static final Duration KEPT = Duration.ofMinutes(30);

    /** Where a ticket is, and how busy the queue is. */
    public record Position(ReportTicket.State state, int ahead, int making, int waiting) implements Serializable {
    }

    @Inject
    ReportWorker worker;

    @Inject
    @ConfigProperty(name = "globaloffice.reports.most-waiting", defaultValue = "20")
    int mostWaiting;

    @Inject
    CallerScope callers;

    @Inject
    Reports reports;

    Clock clock = Clock.systemUTC();

    private final Map<UUID, ReportTicket> tickets = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong();

    /**
     * Asks for a report: answers at once with its ticket, refused already if the queue is full. What the caller may
     * not make is refused here, before it waits, as {@link Reports#check} says (forbidden, or not found).
     */
    public ReportTicket submit(ReportRequest request) {
        reports.check(request);
        forgetFinished();
        ReportTicket ticket = new ReportTicket(sequence.incrementAndGet(), callers.current().username(), request,
                clock.instant());
        synchronized (tickets) {
            long waiting = tickets.values().stream().filter(t -> t.state() == ReportTicket.State.WAITING).count();
            tickets.put(ticket.id(), ticket);
            if (waiting >= mostWaiting) {
                settle(ticket, null, new BulkheadException(waiting + " reports are waiting already"));
                return ticket;
            }
        }
        try {
            worker.make(ticket);
        } catch (RuntimeException e) {
            settle(ticket, null, e);
        }
        return ticket;
    }

    /** Records how the making of a ticket's report ended: made, refused (the bulkhead), or failed. */
    public void settle(ReportTicket ticket, ArchivedReport report, Throwable error) {
        if (error == null) {
            ticket.done(report, clock.instant());
            return;
        }
        Throwable cause = error;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        RuntimeException failure = cause instanceof RuntimeException runtime ? runtime
                : new IllegalStateException(cause.getMessage(), cause);
        ticket.failed(failure, clock.instant(), cause instanceof BulkheadException);
    }

    /** The caller's ticket of that id; empty for anybody else's or a forgotten one. */
    public Optional<ReportTicket> find(UUID id) {
        ReportTicket ticket = id == null ? null : tickets.get(id);
        if (ticket == null || !ticket.caller().equals(callers.current().username())) {
            return Optional.empty();
        }
        return Optional.of(ticket);
    }

    /** Where the ticket is: how many asked before it still wait, how many are being made and waiting in all. */
    public Position position(ReportTicket ticket) {
        int ahead = 0;
        int making = 0;
        int waiting = 0;
        for (ReportTicket other : tickets.values()) {
            switch (other.state()) {
                case MAKING -> making++;
                case WAITING -> {
                    waiting++;
                    if (other.sequence() < ticket.sequence()) {
                        ahead++;
                    }
                }
                default -> {
                }
            }
        }
        ReportTicket.State state = ticket.state();
        return new Position(state, state == ReportTicket.State.WAITING ? ahead : 0, making, waiting);
    }

    private void forgetFinished() {
        Instant before = clock.instant().minus(KEPT);
        tickets.values().removeIf(t -> t.state().finished() && t.finishedAt().isBefore(before));
    }
}
