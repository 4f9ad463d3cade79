package app.attendance.api.attendance.recognition;

import app.attendance.api.attendance.AttendanceMarking;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.resilience.annotation.Retryable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one transaction holding the writes of a frame (marks, evidence crops, pending matches). It
 * locks the session row first ({@link AttendanceMarking#lockSession}), before any attendance record
 * or the {@code session_counts} row its triggers update, so concurrent frames of a session queue
 * on that row instead of deadlocking on records and counts taken in different orders. As a safety
 * net the whole transaction is run again when PostgreSQL still aborts it as a deadlock victim
 * (40P01) or for a serialization failure (40001); the writes must therefore be repeatable (they
 * are: marks are idempotent and everything else rolls back with the transaction).
 */
@Component
class FrameTransaction {

    private final TransactionTemplate tx;
    private final AttendanceMarking marking;

    FrameTransaction(TransactionTemplate tx, AttendanceMarking marking) {
        this.tx = tx;
        this.marking = marking;
    }

    /** Runs {@code writes} in a new transaction that holds the session's lock; retried on deadlock. */
    @Retryable(includes = ConcurrencyFailureException.class, maxRetries = 4, delay = 20, jitter = 20,
            multiplier = 2, maxDelay = 500)
    public void run(long sessionId, Runnable writes) {
        tx.executeWithoutResult(status -> {
            marking.lockSession(sessionId);
            writes.run();
        });
    }
}
