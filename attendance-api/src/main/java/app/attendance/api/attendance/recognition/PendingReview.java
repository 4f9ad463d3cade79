package app.attendance.api.attendance.recognition;

import app.attendance.api.attendance.AttendanceMarking;
import app.attendance.api.attendance.AttendanceStatus;
import app.attendance.api.attendance.MarkResult;
import app.attendance.api.audit.AuditLog;
import app.attendance.api.system.ApiException;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The teacher's decision on a pending match. Confirming marks the student as of the moment the
 * face was seen (so PRESENT/LATE follow the original sighting) through {@link AttendanceMarking};
 * a manual mark made meanwhile still wins. Both decisions are audited.
 */
@Service
class PendingReview {

    private final PendingStore pending;
    private final EvidenceStore evidence;
    private final AttendanceMarking marking;
    private final AuditLog audit;
    private final TransactionTemplate tx;
    private final FrameService frames;
    private final Clock clock;

    PendingReview(PendingStore pending, EvidenceStore evidence, AttendanceMarking marking, AuditLog audit,
            TransactionTemplate tx, FrameService frames, Clock clock) {
        this.pending = pending;
        this.evidence = evidence;
        this.marking = marking;
        this.audit = audit;
        this.tx = tx;
        this.frames = frames;
        this.clock = clock;
    }

    /** The answer to a decision. */
    record Decided(long pendingId, long studentId, String decision, Outcome outcome, AttendanceStatus status) {
    }

    Decided confirm(long sessionId, long pendingId) {
        Decided decided = tx.execute(s -> {
            PendingStore.Open p = pending.lockOpen(sessionId, pendingId)
                    .orElseThrow(() -> ApiException.notFound("pending match", pendingId));
            MarkResult r = marking.markSeen(sessionId, p.studentId(), p.seenAt(), p.similarity(), p.source());
            if (r.outcome() == MarkResult.Outcome.SESSION_NOT_OPEN) {
                throw FrameService.sessionClosed(sessionId);
            }
            if (r.outcome() == MarkResult.Outcome.OUTSIDE_WINDOW || r.outcome() == MarkResult.Outcome.NOT_ON_ROSTER) {
                throw new ApiException(org.springframework.http.HttpStatus.CONFLICT, "conflict",
                        "The match can no longer be confirmed (" + r.outcome() + ")");
            }
            if (r.outcome().isNew()) {
                evidence.save(r.recordId(), sessionId, p.crop(), clock.instant());
            }
            pending.decide(pendingId, PendingStatus.CONFIRMED, AuditLog.currentActor(), clock.instant());
            audit.record("CONFIRM_MATCH", "pending_match", pendingId, null,
                    "student=" + p.studentId() + " " + r.outcome(), null);
            return new Decided(pendingId, p.studentId(), "CONFIRMED",
                    r.outcome().isNew() ? Outcome.MARKED : Outcome.ALREADY_MARKED, r.status());
        });
        frames.forget(sessionId, decided.studentId());
        return decided;
    }

    Decided reject(long sessionId, long pendingId) {
        Decided decided = tx.execute(s -> {
            PendingStore.Open p = pending.lockOpen(sessionId, pendingId)
                    .orElseThrow(() -> ApiException.notFound("pending match", pendingId));
            pending.decide(pendingId, PendingStatus.REJECTED, AuditLog.currentActor(), clock.instant());
            audit.record("REJECT_MATCH", "pending_match", pendingId, null, "student=" + p.studentId(), null);
            return new Decided(pendingId, p.studentId(), "REJECTED", null, null);
        });
        frames.forget(sessionId, decided.studentId());
        return decided;
    }
}
