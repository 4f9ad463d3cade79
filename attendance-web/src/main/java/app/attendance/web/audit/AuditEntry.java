package app.attendance.web.audit;

import java.time.Instant;

/** One audit entry as {@code GET /api/audit} returns it; old and new values are the API's text. */
record AuditEntry(Long id, Instant at, String actor, String action, String entity, Long entityId, String oldValue,
        String newValue, String reason) {
}
