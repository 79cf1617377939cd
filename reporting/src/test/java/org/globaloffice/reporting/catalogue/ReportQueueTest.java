package org.globaloffice.reporting.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.globaloffice.archive.entity.ArchivedReport;
import org.globaloffice.platform.security.Caller;
import org.globaloffice.platform.security.CallerScope;
import org.globaloffice.platform.security.Role;
import org.globaloffice.reporting.output.ReportFormat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The queue as a user sees it through their ticket: where it is, how many asked before it still wait, the report
 * once made, a clear refusal when the queue is full, and nobody else's ticket.
 */
class ReportQueueTest {

    /** Stands in for the worker and the bulkhead: starts the first {@code limit} tickets, keeps the rest waiting. */
    static final class FakeWorker extends ReportWorker {
        final List<ReportTicket> asked = new ArrayList<>();
        int limit = 2;
        RuntimeException failWith;

        @Override
        public void make(ReportTicket ticket) {
            if (failWith != null) {
                throw failWith;
            }
            asked.add(ticket);
            if (asked.size() <= limit) {
                ticket.started();
            }
        }
    }

    static final class Callers extends CallerScope {
        String username = "office";

        @Override
        public Caller current() {
            return new Caller(username, Set.of(Role.OFFICE), null);
        }
    }

    static final class MovableClock extends Clock {
        Instant now = Instant.parse("2026-11-24T02:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /** Stands in for the EJB's check: refuses what it is told to. */
    static final class Checks extends Reports {
        RuntimeException refusal;

        @Override
        public void check(ReportRequest request) {
            if (refusal != null) {
                throw refusal;
            }
        }
    }

    private final Checks checks = new Checks();
    private final FakeWorker worker = new FakeWorker();
    private final Callers callers = new Callers();
    private final MovableClock clock = new MovableClock();
    private final ReportQueue queue = new ReportQueue();
    private final ReportRequest request = new ReportRequest(ReportKind.ROSTER, ReportFormat.XLSX,
            ReportWindow.academicYear(2026), null, Locale.ENGLISH);

    @BeforeEach
    void wire() {
        queue.worker = worker;
        queue.mostWaiting = 3;
        queue.callers = callers;
        queue.clock = clock;
        queue.reports = checks;
    }

    private static ArchivedReport archived() {
        return new ArchivedReport() {
        };
    }

    @Test
    void aTicketBeyondTheLimitWaitsAndSaysHowManyAskedBeforeItStillWait() {
        ReportTicket first = queue.submit(request);
        ReportTicket second = queue.submit(request);
        ReportTicket third = queue.submit(request);
        ReportTicket fourth = queue.submit(request);

        assertThat(queue.position(first)).isEqualTo(new ReportQueue.Position(ReportTicket.State.MAKING, 0, 2, 2));
        assertThat(queue.position(third)).isEqualTo(new ReportQueue.Position(ReportTicket.State.WAITING, 0, 2, 2));
        assertThat(queue.position(fourth)).isEqualTo(new ReportQueue.Position(ReportTicket.State.WAITING, 1, 2, 2));

        queue.settle(first, archived(), null);
        third.started();
        assertThat(queue.position(fourth)).isEqualTo(new ReportQueue.Position(ReportTicket.State.WAITING, 0, 2, 1));
        assertThat(queue.position(first).state()).isEqualTo(ReportTicket.State.DONE);
        assertThat(second.report()).isNull();
    }

    @Test
    void aMadeReportIsOnTheTicketAndCompletesItsOutcome() throws Exception {
        ReportTicket ticket = queue.submit(request);
        CompletableFuture<ArchivedReport> outcome = ticket.outcome();
        assertThat(outcome).isNotDone();
        ArchivedReport report = archived();
        queue.settle(ticket, report, null);

        assertThat(ticket.state()).isEqualTo(ReportTicket.State.DONE);
        assertThat(ticket.report()).isSameAs(report);
        assertThat(outcome.get()).isSameAs(report);
        assertThat(ticket.finishedAt()).isEqualTo(clock.now);
        assertThat(ticket.askedAt()).isEqualTo(clock.now);
    }

    @Test
    void beyondTheMostWaitingARequestIsRefusedAtOnceAndSaysSo() {
        List<ReportTicket> asked = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            asked.add(queue.submit(request));
        }
        assertThat(asked.subList(0, 5)).extracting(ReportTicket::state).containsExactly(ReportTicket.State.MAKING,
                ReportTicket.State.MAKING, ReportTicket.State.WAITING, ReportTicket.State.WAITING,
                ReportTicket.State.WAITING);
        ReportTicket refused = queue.submit(request);
        assertThat(refused.state()).as("three wait already, the most allowed").isEqualTo(ReportTicket.State.REFUSED);
        assertThat(refused.failure()).isInstanceOf(BulkheadException.class);
        assertThat(worker.asked).hasSize(5);
        assertThatThrownBy(() -> refused.outcome().get()).isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(BulkheadException.class);

        asked.get(2).started();
        assertThat(queue.submit(request).state()).as("one has gone in: room again").isEqualTo(ReportTicket.State.WAITING);
    }

    @Test
    void aReportThatCannotGetInWithinTheRetrysLimitIsRefused() {
        ReportTicket ticket = queue.submit(request);
        queue.settle(ticket, null, new java.util.concurrent.CompletionException(new BulkheadException("full")));
        assertThat(ticket.state()).isEqualTo(ReportTicket.State.REFUSED);
        assertThat(ticket.failure()).isInstanceOf(BulkheadException.class);
    }

    @Test
    void aWorkerThatCannotBeReachedFailsTheTicket() {
        worker.failWith = new IllegalStateException("no worker");
        ReportTicket ticket = queue.submit(request);
        assertThat(ticket.state()).isEqualTo(ReportTicket.State.FAILED);
        assertThat(ticket.failure()).isSameAs(worker.failWith);
    }

    @Test
    void theFirstOutcomeStands() {
        ReportTicket ticket = queue.submit(request);
        ArchivedReport report = archived();
        queue.settle(ticket, report, null);
        queue.settle(ticket, null, new IllegalStateException("late"));
        assertThat(ticket.state()).isEqualTo(ReportTicket.State.DONE);
        assertThat(ticket.report()).isSameAs(report);
        assertThat(ticket.failure()).isNull();
    }

    @Test
    void whatTheCallerMayNotMakeIsRefusedBeforeItWaits() {
        checks.refusal = new jakarta.ejb.EJBAccessException("not for a liaison");
        assertThatThrownBy(() -> queue.submit(request)).isSameAs(checks.refusal);
        assertThat(worker.asked).isEmpty();
    }

    @Test
    void aReportThatFailsIsFailedWithItsOwnCause() {
        ReportTicket ticket = queue.submit(request);
        IllegalArgumentException cause = new IllegalArgumentException("school not found");
        queue.settle(ticket, null, new ExecutionException(cause));

        assertThat(ticket.state()).isEqualTo(ReportTicket.State.FAILED);
        assertThat(ticket.failure()).isSameAs(cause);
        assertThat(ticket.report()).isNull();
    }

    @Test
    void aTicketIsItsCallersOnly() {
        ReportTicket ticket = queue.submit(request);
        assertThat(ticket.caller()).isEqualTo("office");
        assertThat(queue.find(ticket.id())).containsSame(ticket);

        callers.username = "liaison";
        assertThat(queue.find(ticket.id())).isEmpty();
        assertThat(queue.find(java.util.UUID.randomUUID())).isEmpty();
        assertThat(queue.find(null)).isEmpty();
    }

    @Test
    void aFinishedTicketIsForgottenAfterHalfAnHourAndAnUnfinishedOneNever() {
        queue.mostWaiting = 20;
        ReportTicket finished = queue.submit(request);
        ReportTicket unfinished = queue.submit(request);
        queue.settle(finished, archived(), null);

        clock.now = clock.now.plus(ReportQueue.KEPT);
        queue.submit(request);
        assertThat(queue.find(finished.id())).as("exactly half an hour: still there").isPresent();

        clock.now = clock.now.plus(Duration.ofSeconds(1));
        queue.submit(request);
        assertThat(queue.find(finished.id())).isEmpty();
        assertThat(queue.find(unfinished.id())).isPresent();
    }
}
