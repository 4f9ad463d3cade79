package app.attendance.api.session;

/** Life cycle of a session: SCHEDULED → OPEN → CLOSED (→ OPEN again within the reopen window). */
public enum SessionStatus {
    SCHEDULED, OPEN, CLOSED
}
