package app.attendance.api.attendance;

/** Life cycle of a session: SCHEDULED → OPEN → CLOSED (→ OPEN again within the reopen window). */
public enum SessionStatus {
    SCHEDULED, OPEN, CLOSED
}
