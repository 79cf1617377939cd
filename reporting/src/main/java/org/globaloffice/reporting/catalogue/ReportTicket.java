package org.globaloffice.reporting.catalogue;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.globaloffice.archive.entity.ArchivedReport;

/**
 * One report asked for: who asked, what, when, and where it is — waiting for its turn, being made, made, failed, or
 * refused because the queue was full. {@link #outcome()} completes when the report is archived (or has failed). It is
 * settled once: the first outcome stands.
 */
public final class ReportTicket {

    /** Where a report asked for is. */
    public enum State {
        WAITING, MAKING, DONE, FAILED, REFUSED;

        public boolean finished() {
            return this == DONE || this == FAILED || this == REFUSED;
        }
    }

    private final UUID id = UUID.randomUUID();
    private final long sequence;
    private final String caller;
    private final ReportRequest request;
    private final Instant askedAt;
    private final CompletableFuture<ArchivedReport> outcome = new CompletableFuture<>();
    private volatile State state = State.WAITING;
    private volatile Instant finishedAt;
    private volatile RuntimeException failure;
    private volatile ArchivedReport report;

    ReportTicket(long sequence, String caller, ReportRequest request, Instant askedAt) {
        this.sequence = sequence;
        this.caller = Objects.requireNonNull(caller, "caller");
        this.request = Objects.requireNonNull(request, "request");
        this.askedAt = Objects.requireNonNull(askedAt, "askedAt");
    }

    synchronized void started() {
        if (state == State.WAITING) {
            state = State.MAKING;
        }
    }

    synchronized void done(ArchivedReport report, Instant at) {
        if (state.finished()) {
            return;
        }
        this.report = report;
        finishedAt = at;
        state = State.DONE;
        outcome.complete(report);
    }

    synchronized void failed(RuntimeException cause, Instant at, boolean refused) {
        if (state.finished()) {
            return;
        }
        finishedAt = at;
        failure = cause;
        state = refused ? State.REFUSED : State.FAILED;
        outcome.completeExceptionally(cause);
    }

    public UUID id() {
        return id;
    }

    long sequence() {
        return sequence;
    }

    public String caller() {
        return caller;
    }

    public ReportRequest request() {
        return request;
    }

    public Instant askedAt() {
        return askedAt;
    }

    public State state() {
        return state;
    }

    public Instant finishedAt() {
        return finishedAt;
    }

    /** The archived report once {@link State#DONE}, else null. */
    public ArchivedReport report() {
        return state == State.DONE ? report : null;
    }

    /** Why it failed or was refused, else null. */
    public RuntimeException failure() {
        return failure;
    }

    /** Completes with the archived report, or exceptionally with why there is none. */
    public CompletableFuture<ArchivedReport> outcome() {
        return outcome.copy();
    }
}
