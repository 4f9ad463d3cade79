package app.attendance.api.audit;

import java.time.Instant;

/** An audit entry on the wire. */
record AuditView(long id, Instant at, String actor, String action, String entity, Long entityId, String oldValue,
        String newValue, String reason) {

    static AuditView of(AuditEntry e) {
        return new AuditView(e.getId(), e.getAt(), e.getActor(), e.getAction(), e.getEntity(), e.getEntityId(),
                e.getOldValue(), e.getNewValue(), e.getReason());
    }
}
